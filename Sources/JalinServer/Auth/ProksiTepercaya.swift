import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 address as its bytes (4 or 16). IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`)
/// are read as the IPv4 address, so one client has one form.
struct AlamatIP: Hashable, Sendable, CustomStringConvertible {
    let bita: [UInt8]

    init?(_ teks: String) {
        var s = teks.trimmingCharacters(in: .whitespaces)
        if s.hasPrefix("["), let tutup = s.firstIndex(of: "]") {  // [2001:db8::1] or [2001:db8::1]:443
            s = String(s[s.index(after: s.startIndex)..<tutup])
        } else if s.contains("."), s.filter({ $0 == ":" }).count == 1, let c = s.firstIndex(of: ":") {  // 192.0.2.1:443
            s = String(s[..<c])
        }
        if let zona = s.firstIndex(of: "%") { s = String(s[..<zona]) }  // fe80::1%eth0
        guard !s.isEmpty, s.count <= 45 else { return nil }
        var v4 = in_addr()
        if inet_pton(AF_INET, s, &v4) == 1 {
            bita = withUnsafeBytes(of: &v4) { Array($0) }
            return
        }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, s, &v6) == 1 else { return nil }
        let b = withUnsafeBytes(of: &v6) { Array($0) }
        bita = b[0..<10].allSatisfy { $0 == 0 } && b[10] == 0xff && b[11] == 0xff ? Array(b[12...]) : b
    }

    init(bita: [UInt8]) { self.bita = bita }

    var ipv6: Bool { bita.count == 16 }

    /// The textual form (`inet_ntop`'s).
    var description: String {
        var b = bita
        var buf = [CChar](repeating: 0, count: 64)
        let ok = b.withUnsafeMutableBytes { p in inet_ntop(ipv6 ? AF_INET6 : AF_INET, p.baseAddress, &buf, socklen_t(buf.count)) != nil }
        guard ok else { return "" }
        return buf.withUnsafeBufferPointer { p in String(decoding: p.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    }

    /// The address as one throttling subject: an IPv4 address itself, an IPv6 address by its /64
    /// network (one subscriber line usually gets a whole /64, so single addresses would be free to rotate).
    var subjek: String {
        guard ipv6 else { return description }
        return AlamatIP(bita: Array(bita[0..<8]) + Array(repeating: 0, count: 8)).description + "/64"
    }

    /// 127.0.0.0/8 or ::1.
    var loopback: Bool {
        ipv6 ? bita == Array(repeating: 0, count: 15) + [1] : bita[0] == 127
    }
}

/// A network in CIDR notation, e.g. `10.0.0.0/8` or `fd00::/8`; a single address is a /32 or /128.
struct CIDR: Hashable, Sendable, CustomStringConvertible {
    let jaringan: AlamatIP
    let panjang: Int

    init?(_ teks: String) {
        let bagian = teks.trimmingCharacters(in: .whitespaces).split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let alamat = bagian.first.flatMap({ AlamatIP(String($0)) }) else { return nil }
        let maks = alamat.bita.count * 8
        var n = maks
        if bagian.count == 2 {
            guard let p = Int(bagian[1]), p >= 0, p <= maks, bagian[1].allSatisfy(\.isASCII) else { return nil }
            n = p
        }
        jaringan = AlamatIP(bita: CIDR.topeng(alamat.bita, n))
        panjang = n
    }

    /// Whether the address lies in this network (an IPv4 address never lies in an IPv6 network).
    func memuat(_ a: AlamatIP) -> Bool {
        a.bita.count == jaringan.bita.count && CIDR.topeng(a.bita, panjang) == jaringan.bita
    }

    var description: String { "\(jaringan)/\(panjang)" }

    private static func topeng(_ b: [UInt8], _ n: Int) -> [UInt8] {
        b.enumerated().map { i, x in
            let sisa = n - i * 8
            if sisa >= 8 { return x }
            if sisa <= 0 { return 0 }
            return x & UInt8(truncatingIfNeeded: 0xFF << (8 - sisa))
        }
    }
}

/// The reverse proxies whose `X-Forwarded-For` is believed (`JALIN_TRUSTED_PROXIES`).
struct ProksiTepercaya: Sendable {
    let jaringan: [CIDR]

    static let kosong = ProksiTepercaya(jaringan: [])

    init(jaringan: [CIDR]) { self.jaringan = jaringan }

    /// Parses a comma- or space-separated list; throws naming every entry that is not an address or network.
    init(daftar: [String]) throws(KonfigurasiTidakSah) {
        var hasil: [CIDR] = []
        var salah: [String] = []
        for t in daftar.flatMap({ $0.split(whereSeparator: { $0 == "," || $0 == " " }) }).map(String.init) where !t.isEmpty {
            if let c = CIDR(t) { hasil.append(c) } else { salah.append(t) }
        }
        guard salah.isEmpty else {
            throw KonfigurasiTidakSah(pesan: "JALIN_TRUSTED_PROXIES: bukan alamat IP atau jaringan CIDR yang sah: \(salah.joined(separator: ", "))")
        }
        jaringan = hasil
    }

    func tepercaya(_ a: AlamatIP) -> Bool { jaringan.contains { $0.memuat(a) } }

    /// The client's address: the connection's peer, or — only when the peer is a trusted proxy —
    /// the right-most address of `X-Forwarded-For` that is not itself a trusted proxy. Entries to the
    /// left of it were written by the client and prove nothing. An entry that is not an address stops
    /// the walk at the last trusted hop.
    func alamatKlien(peer: String?, xForwardedFor: [String]) -> String? {
        guard let peer, let alamatPeer = AlamatIP(peer) else { return peer }
        guard tepercaya(alamatPeer) else { return alamatPeer.description }
        var terakhir = alamatPeer
        let hop = xForwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for h in hop.reversed() {
            guard let a = AlamatIP(h) else { return terakhir.description }
            if !tepercaya(a) { return a.description }
            terakhir = a
        }
        return terakhir.description
    }
}

/// A setting that cannot be used; `jalin` stops at start with this message.
struct KonfigurasiTidakSah: Error, CustomStringConvertible {
    let pesan: String
    var description: String { pesan }
}
