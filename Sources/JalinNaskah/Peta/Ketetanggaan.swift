import Foundation
import JalinDomain

/// An unordered pair of region codes that share a border. `a` is always the smaller code, so
/// `PasanganBatas(x, y) == PasanganBatas(y, x)`.
public struct PasanganBatas: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let a: KodeWilayah
    public let b: KodeWilayah

    public init(_ x: KodeWilayah, _ y: KodeWilayah) {
        if y < x {
            a = y
            b = x
        } else {
            a = x
            b = y
        }
    }

    /// `true` when `kode` is one of the two.
    public func memuat(_ kode: KodeWilayah) -> Bool { a == kode || b == kode }

    /// The other member of the pair, or `nil` when `kode` is not in it.
    public func lain(dari kode: KodeWilayah) -> KodeWilayah? {
        if a == kode { return b }
        if b == kode { return a }
        return nil
    }

    public static func < (l: PasanganBatas, r: PasanganBatas) -> Bool {
        l.a == r.a ? l.b < r.b : l.a < r.a
    }

    public var description: String { "\(a.nilai)–\(b.nilai)" }
}

/// Which regions border each other, computed from (simplified) boundaries.
///
/// Simplified boundaries of neighbours do not share exact vertices, so two regions count as
/// neighbours when their boundaries come within `toleransi` degrees of each other (0.0015° is
/// about 170 m at the equator). Pipeline: bounding-box sweep to find candidate regions, a uniform
/// grid over the boundary segments (long segments are cut into cell-sized pieces for indexing),
/// then an exact segment-to-segment distance for segments of different regions sharing a cell.
public enum Ketetanggaan {
    public static func hitung(_ batas: [BatasWilayah], toleransi: Double = 0.0015) -> Set<PasanganBatas> {
        let tol = toleransi.isFinite ? max(0, toleransi) : 0
        let n = batas.count
        guard n >= 2 else { return [] }

        // 1. Bounding boxes and a sweep along x for candidate pairs.
        var kotak: [Kotak] = batas.map { Kotak(batas: $0) }
        let setengah = tol / 2
        for i in kotak.indices { kotak[i].lebarkan(setengah) }
        var aktif = [Bool](repeating: false, count: n)
        let urut = (0..<n).filter { !kotak[$0].kosong }.sorted { kotak[$0].minX < kotak[$1].minX }
        for (p, i) in urut.enumerated() {
            var q = p + 1
            while q < urut.count, kotak[urut[q]].minX <= kotak[i].maxX {
                let j = urut[q]
                if kotak[i].bertumpuk(kotak[j]) {
                    aktif[i] = true
                    aktif[j] = true
                }
                q += 1
            }
        }

        // 2. Segments of the regions that have at least one candidate neighbour.
        var segmen: [Segmen] = []
        var panjangTotal = 0.0
        var global = Kotak()
        for (w, b) in batas.enumerated() where aktif[w] {
            for poligon in b.cincin {
                for cincin in poligon where cincin.count >= 2 {
                    for k in 0..<cincin.count {
                        let p = cincin[k]
                        let q = cincin[(k + 1) % cincin.count]
                        if k == cincin.count - 1 && p == q { continue }  // closed ring: no extra segment
                        let s = Segmen(ax: p.lng, ay: p.lat, bx: q.lng, by: q.lat, wilayah: Int32(w))
                        panjangTotal += s.panjang
                        segmen.append(s)
                        global.tambah(p)
                    }
                }
            }
        }
        guard !segmen.isEmpty else { return [] }

        // 3. Grid: cell about the mean segment length, never smaller than the tolerance, and capped
        // so that the number of (cell, segment) entries and the cell indices stay bounded.
        let bentang = max(global.maxX - global.minX, global.maxY - global.minY, 1e-9)
        var sel = max(tol, panjangTotal / Double(segmen.count), panjangTotal / 4_000_000, bentang / 1_000_000)
        if !(sel > 0) { sel = 1e-6 }
        let asalX = global.minX - tol - sel
        let asalY = global.minY - tol - sel
        let lajur = Int64((bentang + 2 * tol) / sel) + 4  // cells per row, for the key

        var entri: [(sel: Int64, segmen: Int32)] = []
        entri.reserveCapacity(segmen.count * 3)
        for (idx, s) in segmen.enumerated() {
            let potongan = max(1, Int((s.panjang / sel).rounded(.up)))
            var sebelumX = s.ax
            var sebelumY = s.ay
            for k in 1...potongan {
                let t = Double(k) / Double(potongan)
                let x = k == potongan ? s.bx : s.ax + (s.bx - s.ax) * t
                let y = k == potongan ? s.by : s.ay + (s.by - s.ay) * t
                let x0 = Int64(((min(sebelumX, x) - setengah - asalX) / sel).rounded(.down))
                let x1 = Int64(((max(sebelumX, x) + setengah - asalX) / sel).rounded(.down))
                let y0 = Int64(((min(sebelumY, y) - setengah - asalY) / sel).rounded(.down))
                let y1 = Int64(((max(sebelumY, y) + setengah - asalY) / sel).rounded(.down))
                for gx in x0...x1 {
                    for gy in y0...y1 {
                        entri.append((gy * lajur + gx, Int32(idx)))
                    }
                }
                sebelumX = x
                sebelumY = y
            }
        }
        entri.sort { $0.sel == $1.sel ? $0.segmen < $1.segmen : $0.sel < $1.sel }

        // 4. Within each cell, test segment pairs of different regions not yet known to border.
        var ditemukan = Set<Int64>()
        let tol2 = tol * tol
        var awal = 0
        var isi: [Int32] = []
        while awal < entri.count {
            var akhir = awal
            let kunci = entri[awal].sel
            isi.removeAll(keepingCapacity: true)
            while akhir < entri.count, entri[akhir].sel == kunci {
                if isi.last != entri[akhir].segmen { isi.append(entri[akhir].segmen) }
                akhir += 1
            }
            awal = akhir
            if isi.count < 2 { continue }
            for x in 0..<(isi.count - 1) {
                let s = segmen[Int(isi[x])]
                for y in (x + 1)..<isi.count {
                    let t = segmen[Int(isi[y])]
                    if s.wilayah == t.wilayah { continue }
                    let i = Int64(min(s.wilayah, t.wilayah))
                    let j = Int64(max(s.wilayah, t.wilayah))
                    let pasangan = i * Int64(n) + j
                    if ditemukan.contains(pasangan) { continue }
                    if !kotak[Int(i)].bertumpuk(kotak[Int(j)]) { continue }
                    if s.jarak2(ke: t) <= tol2 { ditemukan.insert(pasangan) }
                }
            }
        }

        var hasil = Set<PasanganBatas>()
        for p in ditemukan {
            let i = Int(p / Int64(n))
            let j = Int(p % Int64(n))
            if batas[i].kode != batas[j].kode { hasil.insert(PasanganBatas(batas[i].kode, batas[j].kode)) }
        }
        return hasil
    }

    /// The neighbours of `kode` in `pasangan`, sorted by code.
    public static func tetangga(_ kode: KodeWilayah, dalam pasangan: Set<PasanganBatas>) -> [KodeWilayah] {
        pasangan.compactMap { $0.lain(dari: kode) }.sorted()
    }

    // MARK: Geometry helpers

    private struct Kotak {
        var minX = Double.infinity
        var minY = Double.infinity
        var maxX = -Double.infinity
        var maxY = -Double.infinity

        init() {}

        init(batas: BatasWilayah) {
            for poligon in batas.cincin {
                // Holes lie inside the outer ring; the outer rings are enough for the box.
                if let luar = poligon.first { for p in luar { tambah(p) } }
            }
        }

        var kosong: Bool { minX > maxX }

        mutating func tambah(_ p: Titik) {
            minX = Swift.min(minX, p.lng)
            maxX = Swift.max(maxX, p.lng)
            minY = Swift.min(minY, p.lat)
            maxY = Swift.max(maxY, p.lat)
        }

        mutating func lebarkan(_ d: Double) {
            guard !kosong else { return }
            minX -= d
            minY -= d
            maxX += d
            maxY += d
        }

        func bertumpuk(_ o: Kotak) -> Bool {
            minX <= o.maxX && o.minX <= maxX && minY <= o.maxY && o.minY <= maxY
        }
    }

    private struct Segmen {
        let ax: Double, ay: Double, bx: Double, by: Double
        let wilayah: Int32

        var panjang: Double { ((bx - ax) * (bx - ax) + (by - ay) * (by - ay)).squareRoot() }

        /// Squared distance between two segments: zero when they cross or touch, otherwise the
        /// smallest endpoint-to-segment distance.
        func jarak2(ke t: Segmen) -> Double {
            if Self.berpotongan(ax, ay, bx, by, t.ax, t.ay, t.bx, t.by) { return 0 }
            return Swift.min(
                Self.titikKeSegmen2(ax, ay, t.ax, t.ay, t.bx, t.by),
                Self.titikKeSegmen2(bx, by, t.ax, t.ay, t.bx, t.by),
                Self.titikKeSegmen2(t.ax, t.ay, ax, ay, bx, by),
                Self.titikKeSegmen2(t.bx, t.by, ax, ay, bx, by)
            )
        }

        private static func titikKeSegmen2(
            _ px: Double, _ py: Double, _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double
        ) -> Double {
            let dx = bx - ax
            let dy = by - ay
            let l2 = dx * dx + dy * dy
            var t = 0.0
            if l2 > 0 { t = Swift.max(0, Swift.min(1, ((px - ax) * dx + (py - ay) * dy) / l2)) }
            let qx = ax + t * dx - px
            let qy = ay + t * dy - py
            return qx * qx + qy * qy
        }

        /// Proper crossing test (touching cases are covered by the endpoint distances).
        private static func berpotongan(
            _ ax: Double, _ ay: Double, _ bx: Double, _ by: Double,
            _ cx: Double, _ cy: Double, _ dx: Double, _ dy: Double
        ) -> Bool {
            let d1 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx)
            let d2 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx)
            let d3 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
            let d4 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax)
            return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
        }
    }
}
