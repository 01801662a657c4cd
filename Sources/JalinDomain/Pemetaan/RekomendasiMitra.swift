import Foundation

// MARK: - Recommendations

/// One recommended partner.
public struct Rekomendasi: Sendable, Codable, Equatable, Hashable {
    public var mitraID: UUID?
    public var kodeWilayah: KodeWilayah?
    public var nama: String
    public var jenisMitra: JenisMitra
    /// 0–100.
    public var skor: Int
    /// Why, in Bahasa Indonesia, strongest first: border, what it offers, what it needs, urusan, history.
    public var alasan: [String]
    /// The kind of cooperation that would apply (`nil` when it is to be chosen, e.g. Otorita IKN).
    public var jenisKerjaSama: JenisKerjaSama?
    /// The full eligibility verdict for this partner.
    public var kelayakan: HasilKelayakan
}

/// Ranked partner recommendations for one submission (Scenario A step 6).
public enum RekomendasiMitra {
    /// The best `jumlah` candidates with a score above 0, by score (descending), then name, then id / kode
    /// wilayah — the same list whatever the order of the input. Candidates that are the proposing daerah
    /// itself or lie inside it are left out. Costs one pass over the candidates with a few binary searches
    /// each; the eligibility verdict and the reasons are built for the returned ones only.
    public static func rekomendasikan(
        usulan: UsulanPotensi, kodePemda: KodeWilayah, unit: JenisUnit = .opd, indeks: IndeksTeks,
        batas: PetaBatas = .kosong, mitraTerdahulu: Set<UUID> = [], wilayahTerdahulu: Set<KodeWilayah> = [],
        namaWilayah: [KodeWilayah: String] = [:], penilaianDPRD: PenilaianDPRD? = nil,
        bobot: BobotRekomendasi = .bawaan, aturan: AturanKelayakan = .bawaan, jumlah: Int = 20
    ) -> [Rekomendasi] {
        guard bobot.total > 0, jumlah > 0 else { return [] }
        let penskor = Penskor(
            usulan: usulan, kodePemda: kodePemda, indeks: indeks, batas: batas, mitraTerdahulu: mitraTerdahulu,
            wilayahTerdahulu: wilayahTerdahulu, bobot: bobot, aturan: aturan)
        var terpilih: [(i: Int, skor: Int)] = []
        terpilih.reserveCapacity(indeks.calon.count)
        for i in indeks.calon.indices {
            if let skor = penskor.skor(i), skor > 0 { terpilih.append((i, skor)) }
        }
        terpilih.sort { x, y in
            if x.skor != y.skor { return x.skor > y.skor }
            return sebelum(indeks.calon[x.i], indeks.calon[y.i])
        }

        let masukan = MasukanKelayakan(
            usulan: usulan, unit: unit, kodePemda: kodePemda, mitra: [], batas: batas, penilaianDPRD: penilaianDPRD,
            namaWilayah: namaWilayah)
        let konteks = Kelayakan.Konteks(masukan, aturan: aturan)
        return terpilih.prefix(jumlah).map { n in
            let c = indeks.calon[n.i]
            let hasil = Kelayakan.nilai(jenis: c.jenis, kodeWilayah: c.kodeWilayah, nama: c.nama, masukan: masukan, aturan: aturan)
            return Rekomendasi(
                mitraID: c.mitraID, kodeWilayah: c.kodeWilayah, nama: c.nama, jenisMitra: c.jenis, skor: n.skor,
                alasan: penskor.alasan(n.i, konteks: konteks), jenisKerjaSama: hasil.jenis, kelayakan: hasil)
        }
    }

    fileprivate static func pernah(_ c: CalonMitra, _ ids: Set<UUID>, _ wilayah: Set<KodeWilayah>) -> Bool {
        if let id = c.mitraID, ids.contains(id) { return true }
        if let k = c.kodeWilayah, wilayah.contains(k) { return true }
        return false
    }

    /// Name, then id, then kode wilayah: a total order on distinct candidates.
    private static func sebelum(_ a: CalonMitra, _ b: CalonMitra) -> Bool {
        if a.nama != b.nama { return a.nama < b.nama }
        let ia = a.mitraID?.uuidString ?? ""
        let ib = b.mitraID?.uuidString ?? ""
        if ia != ib { return ia < ib }
        let ka = a.kodeWilayah?.nilai ?? ""
        let kb = b.kodeWilayah?.nilai ?? ""
        if ka != kb { return ka < kb }
        if a.jenis != b.jenis { return a.jenis.rawValue < b.jenis.rawValue }
        if a.menawarkan != b.menawarkan { return a.menawarkan < b.menawarkan }
        return a.membutuhkan < b.membutuhkan
    }

    /// "dermaga, armada" — at most six words, then "dan N kata lain".
    static func ringkasKata(_ kata: [String]) -> String {
        if kata.count <= 6 { return kata.joined(separator: ", ") }
        return kata.prefix(6).joined(separator: ", ") + ", dan \(kata.count - 6) kata lain"
    }
}

/// One submission's query against the index, coded once: scores every candidate and explains the chosen.
private struct Penskor {
    let usulan: UsulanPotensi
    let kodePemda: KodeWilayah
    let indeks: IndeksTeks
    let batas: PetaBatas
    let mitraTerdahulu: Set<UUID>
    let wilayahTerdahulu: Set<KodeWilayah>
    let bobot: BobotRekomendasi
    let aturan: AturanKelayakan
    let total: Double
    let jenuh: Double
    /// The words of the submission's needs, and of its resources.
    let butuh: [Int32]
    let milik: [Int32]
    let maskQ: UInt64
    let jumlahUrusanQ: Int
    let iknBerbatasan: Bool

    init(
        usulan: UsulanPotensi, kodePemda: KodeWilayah, indeks: IndeksTeks, batas: PetaBatas, mitraTerdahulu: Set<UUID>,
        wilayahTerdahulu: Set<KodeWilayah>, bobot: BobotRekomendasi, aturan: AturanKelayakan
    ) {
        self.usulan = usulan
        self.kodePemda = kodePemda
        self.indeks = indeks
        self.batas = batas
        self.mitraTerdahulu = mitraTerdahulu
        self.wilayahTerdahulu = wilayahTerdahulu
        self.bobot = bobot
        self.aturan = aturan
        total = bobot.total
        jenuh = Double(max(1, bobot.kataJenuh))
        butuh = indeks.kamus.kenali(usulan.sumberDayaDibutuhkan ?? "")
        milik = indeks.kamus.kenali(usulan.sumberDayaDimiliki ?? "")
        maskQ = MaskUrusan.dari(usulan.urusan)
        jumlahUrusanQ = maskQ.nonzeroBitCount
        iknBerbatasan = batas.berbatasanDenganIKN(kodePemda)
    }

    func berbatasan(_ c: CalonMitra) -> Bool {
        switch c.jenis {
        case .daerah:
            guard let k = c.kodeWilayah else { return false }
            if batas.berbatasan(kodePemda, k) { return true }
            if aturan.provinsiBerbatasanDenganKabKotaDiWilayahnya.nilai {
                if k.tingkat == .provinsi && k.mengandung(kodePemda) && kodePemda.tingkat == .kabupatenKota {
                    return true
                }
                if kodePemda.tingkat == .provinsi && kodePemda.mengandung(k) && k.tingkat == .kabupatenKota {
                    return true
                }
            }
            return false
        case .otoritaIKN:
            return iknBerbatasan
        case .desa:
            guard let k = c.kodeWilayah else { return false }
            return usulan.lokasi.contains { batas.berbatasan($0, k) }
        default:
            return false
        }
    }

    /// The score (0–100) of candidate `i`; `nil` for the proposing daerah itself or one inside it.
    func skor(_ i: Int) -> Int? {
        let c = indeks.calon[i]
        if c.jenis == .daerah, let k = c.kodeWilayah, k == kodePemda || kodePemda.mengandung(k) { return nil }
        var s = 0.0
        if berbatasan(c) {
            s += bobot.berbatasan
            if usulan.eksternalitas && (c.jenis == .daerah || c.jenis == .otoritaIKN) {
                s += bobot.eksternalitasBerbatasan
            }
        }
        let tw = indeks.tawaran[i]
        var nT = 0
        for q in butuh where KodeKata.memuat(tw, q) { nT += 1 }
        let kb = indeks.kebutuhan[i]
        var nK = 0
        for q in milik where KodeKata.memuat(kb, q) { nK += 1 }
        s += bobot.menawarkanYangDibutuhkan * min(1, Double(nT) / jenuh)
        s += bobot.membutuhkanYangDimiliki * min(1, Double(nK) / jenuh)
        if jumlahUrusanQ > 0 {
            s += bobot.urusanSama * Double((indeks.urusan[i] & maskQ).nonzeroBitCount) / Double(jumlahUrusanQ)
        }
        if RekomendasiMitra.pernah(c, mitraTerdahulu, wilayahTerdahulu) { s += bobot.pernahBekerjaSama }
        return Int((100 * s / total).rounded())
    }

    /// Why candidate `i` is recommended, strongest first.
    func alasan(_ i: Int, konteks: Kelayakan.Konteks) -> [String] {
        let c = indeks.calon[i]
        var alasan: [String] = []
        if berbatasan(c) { alasan += alasanBatas(c, konteks: konteks) }
        let kataT = butuh.filter { KodeKata.memuat(indeks.tawaran[i], $0) }.map { indeks.kamus.kata($0) }
        if !kataT.isEmpty { alasan.append("menawarkan yang dibutuhkan: \(RekomendasiMitra.ringkasKata(kataT))") }
        let kataK = milik.filter { KodeKata.memuat(indeks.kebutuhan[i], $0) }.map { indeks.kamus.kata($0) }
        if !kataK.isEmpty { alasan.append("membutuhkan yang dimiliki: \(RekomendasiMitra.ringkasKata(kataK))") }
        let sama = usulan.urusan.filter { k in
            MaskUrusan.indeks[k].map { indeks.urusan[i] & (1 << UInt64($0)) != 0 } ?? false
        }
        if !sama.isEmpty {
            let teks = sama.map { k in KatalogUrusan.cari(kode: k).map { "\($0.kode) \($0.nama)" } ?? k }
            alasan.append("urusan yang sama: \(teks.joined(separator: ", "))")
        }
        if RekomendasiMitra.pernah(c, mitraTerdahulu, wilayahTerdahulu) { alasan.append("sudah pernah bekerja sama") }
        return alasan
    }

    /// The border reasons of a bordering candidate.
    private func alasanBatas(_ c: CalonMitra, konteks: Kelayakan.Konteks) -> [String] {
        var alasan: [String] = []
        switch c.jenis {
        case .daerah:
            if let k = c.kodeWilayah, let u = konteks.perbatasan(k).uraian { alasan.append(u) }
        case .otoritaIKN:
            if let u = konteks.perbatasanIKN().uraian { alasan.append(u) }
        case .desa:
            if let k = c.kodeWilayah {
                let titik = usulan.lokasi.filter { batas.berbatasan($0, k) }
                alasan.append("berbatasan langsung dengan \(Kelayakan.daftarKalimat(titik.map(konteks.nama)))")
            }
        default:
            break
        }
        if usulan.eksternalitas && (c.jenis == .daerah || c.jenis == .otoritaIKN) {
            alasan.append("ada eksternalitas lintas daerah dengan daerah yang berbatasan: calon kerja sama wajib")
        }
        return alasan
    }
}
