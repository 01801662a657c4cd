import Foundation
import Testing
import JalinDomain

/// One kind of cooperation with one DPRD assessment: the unit the lifecycle tests run over.
struct KonfigurasiSiklus: Sendable, CustomTestStringConvertible {
    let jenis: JenisKerjaSama
    let penilaian: PenilaianDPRD?

    var testDescription: String {
        guard let penilaian else { return jenis.singkatan }
        let ikn = penilaian.mitraOtoritaIKN ? ", Otorita IKN" : ""
        let dprd = penilaian.keputusan(untuk: jenis).perlu ? "perlu DPRD" : "tanpa DPRD"
        return "\(jenis.singkatan) (\(dprd)\(ikn))"
    }

    static let membebani = PenilaianDPRD(membebaniMasyarakatDanDaerah: true, sudahDianggarkanAPBD: true)
    static let belumDianggarkan = PenilaianDPRD(membebaniMasyarakatDanDaerah: false, sudahDianggarkanAPBD: false)
    static let tanpaDPRD = PenilaianDPRD.tidakMembebaniDanSudahDianggarkan
    static let iknMembebani = PenilaianDPRD(
        membebaniMasyarakatDanDaerah: true, sudahDianggarkanAPBD: false, mitraOtoritaIKN: true)

    /// Every kind, with and without DPRD approval where the assessment matters.
    static let semua: [KonfigurasiSiklus] = JenisKerjaSama.allCases.flatMap { jenis -> [KonfigurasiSiklus] in
        switch jenis.kelompok {
        case .ksdd, .ksdpk:
            [KonfigurasiSiklus(jenis: jenis, penilaian: membebani), KonfigurasiSiklus(jenis: jenis, penilaian: tanpaDPRD)]
        case .sinergi:
            [KonfigurasiSiklus(jenis: jenis, penilaian: nil), KonfigurasiSiklus(jenis: jenis, penilaian: iknMembebani)]
        default:
            [KonfigurasiSiklus(jenis: jenis, penilaian: nil)]
        }
    }

    /// The kinds the machine runs.
    static let dijalankan = semua.filter { $0.jenis.dijalankanSiklus }

    var perluDPRD: Bool {
        penilaian.map { PersetujuanDPRD.perluPersetujuanDPRD(jenis: jenis, penilaian: $0).perlu } ?? jenis.isLuarNegeri
    }

    var alur: [Tahap] { Tahap.alur(untuk: jenis, perluDPRD: perluDPRD) }

    func mulai() throws -> SiklusKerjaSama {
        try SiklusKerjaSama.mulai(jenis: jenis, penilaianDPRD: penilaian).get()
    }
}

enum BantuSiklus {
    /// Applies events in order; fails the test with the refusal message when one is refused.
    static func jalankan(
        _ s: SiklusKerjaSama, _ peristiwa: [PeristiwaSiklus], sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> SiklusKerjaSama {
        var s = s
        for e in peristiwa {
            switch s.terapkan(e) {
            case .success(let baru): s = baru
            case .failure(let p):
                Issue.record("\(e) ditolak: \(p.pesan)", sourceLocation: sourceLocation)
                throw p
            }
        }
        return s
    }

    /// The refusal of an event that must be refused.
    static func penolakan(
        _ s: SiklusKerjaSama, _ e: PeristiwaSiklus, sourceLocation: SourceLocation = #_sourceLocation
    ) -> PenolakanTransisi? {
        switch s.terapkan(e) {
        case .success(let baru):
            Issue.record("\(e) seharusnya ditolak, tetapi diterima (tahap \(baru.tahap))", sourceLocation: sourceLocation)
            return nil
        case .failure(let p):
            return p
        }
    }

    /// The events that record every requirement of one stage (from the machine's own table).
    static func catatSyarat(_ s: SiklusKerjaSama) -> [PeristiwaSiklus] {
        SiklusKerjaSama.syarat(tahap: s.tahap, jenis: s.jenis, perluDPRD: s.perluDPRD).map { syarat in
            switch syarat.syarat {
            case .dokumen(let d): .catatTandaTangan(d)
            case .persetujuan(let p): .catatPersetujuan(p)
            }
        }
    }

    /// The states on entering each working stage of the flow (before anything is recorded at it), driven by
    /// the happy path.
    static func keadaanMasukTiapTahap(_ k: KonfigurasiSiklus) throws -> [Tahap: SiklusKerjaSama] {
        var hasil: [Tahap: SiklusKerjaSama] = [:]
        var s = try k.mulai()
        while true {
            hasil[s.tahap] = s
            guard let berikut = s.tahapBerikutnya else { break }
            s = try jalankan(s, catatSyarat(s) + [.lanjut(ke: berikut)])
        }
        return hasil
    }

    /// A state of any kind at any stage, built by decoding JSON: how a corrupted or hand-edited record looks.
    static func keadaanBebas(jenis: JenisKerjaSama, penilaian: PenilaianDPRD?, tahap: Tahap) throws -> SiklusKerjaSama {
        let dasar = try SiklusKerjaSama.mulai(jenis: .ksddSukarela, penilaianDPRD: KonfigurasiSiklus.tanpaDPRD).get()
        var json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(dasar)) as! [String: Any]
        json["jenis"] = jenis.rawValue
        json["tahap"] = tahap.rawValue
        if let penilaian {
            json["penilaianDPRD"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(penilaian))
        } else {
            json.removeValue(forKey: "penilaianDPRD")
        }
        let data = try JSONSerialization.data(withJSONObject: json)
        return try JSONDecoder().decode(SiklusKerjaSama.self, from: data)
    }

    /// Every event, including ones that make no sense for the kind or the stage.
    static let semuaPeristiwa: [PeristiwaSiklus] =
        Tahap.allCases.map { .lanjut(ke: $0) }
        + Tahap.allCases.map { .kembali(ke: $0, alasan: "Perbaikan atas catatan TKKSD") }
        + Tahap.allCases.map { .kembali(ke: $0, alasan: "   ") }
        + JenisDokumen.allCases.map { .catatTandaTangan($0) }
        + JenisPersetujuan.allCases.map { .catatPersetujuan($0) }
        + [
            .nilaiUlangDPRD(KonfigurasiSiklus.membebani), .nilaiUlangDPRD(KonfigurasiSiklus.tanpaDPRD),
            .nilaiUlangDPRD(KonfigurasiSiklus.iknMembebani),
            .mulaiAdendum, .batalkanAdendum(alasan: "Para pihak tidak mencapai kesepakatan"), .batalkanAdendum(alasan: ""),
        ]
        + AlasanBerakhir.allCases.map { .akhiri($0) }

    /// A refusal must explain itself in Bahasa Indonesia and cite its basis.
    static func periksaPenolakan(
        _ p: PenolakanTransisi, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(!p.pesan.isEmpty, sourceLocation: sourceLocation)
        #expect(!p.dasarHukum.trimmingCharacters(in: .whitespaces).isEmpty, sourceLocation: sourceLocation)
        #expect(p.pesan.hasSuffix("(\(p.dasarHukum))."), "pesan: \(p.pesan)", sourceLocation: sourceLocation)
        #expect(!p.pesan.contains("  "), "pesan: \(p.pesan)", sourceLocation: sourceLocation)
        #expect(p.yangKurang.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
        let kataIndonesia = ["belum", "tidak", "sudah", "hanya", "wajib", "telah", "bukan"]
        #expect(kataIndonesia.contains { p.pesan.lowercased().contains($0) }, "pesan: \(p.pesan)",
            sourceLocation: sourceLocation)
    }
}
