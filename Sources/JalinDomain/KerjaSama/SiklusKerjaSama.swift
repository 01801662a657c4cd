import Foundation

/// The legal lifecycle of one cooperation, as a pure value (ksd-rules.md §4, §6, §13, §15).
///
/// Events are applied with `terapkan(_:aturan:)`, which returns the next value or a `PenolakanTransisi`
/// naming what is missing and its legal basis. Rules:
/// - only the next stage of the kind's flow can be entered (`Tahap.alur(untuk:perluDPRD:)`), and only when
///   every requirement of the stages before it is recorded (documents signed, approvals given);
/// - going back one stage for revision needs a reason; it is refused once the agreement is in force or when
///   the stage being left has a signed, final document; approvals and non-final documents recorded at the
///   stage being left are cleared, since that stage will be redone;
/// - documents and approvals are recorded at their own stage (a PKS at "Penandatanganan PKS", …);
/// - an adendum can be started and signed only while the agreement is in force (desa: after a musyawarah of
///   the parties, PP 43/2014 Pasal 145);
/// - a cooperation ends with a reason allowed for its kind, from any stage; before any binding agreement is
///   signed the only reason is `tidakDilanjutkan`; a change of kepala daerah is never a reason;
/// - nothing is accepted after `berakhir`; `kemitraanLain` is not run at all.
///
/// Decoding (`Codable`) restores a stored value as it is, without checking it; `terapkan` still refuses
/// events on an inconsistent value. Use `impor` for data from outside (spreadsheets, other systems).
public struct SiklusKerjaSama: Sendable, Codable, Equatable {
    public let jenis: JenisKerjaSama
    /// The facts deciding DPRD approval; required for KSDD/KSDPK, optional otherwise.
    public private(set) var penilaianDPRD: PenilaianDPRD?
    public private(set) var tahap: Tahap
    /// Documents signed (or finalised, for preparation documents) so far. An adendum counts once here; see
    /// `jumlahAdendum`.
    public private(set) var dokumenDitandatangani: Set<JenisDokumen>
    public private(set) var persetujuan: Set<JenisPersetujuan>
    /// An amendment is being prepared.
    public private(set) var adendumBerjalan: Bool
    /// Approvals recorded for the amendment being prepared (desa: `musyawarahParaPihakDesa`).
    public private(set) var persetujuanAdendum: Set<JenisPersetujuan>
    public private(set) var jumlahAdendum: Int
    public private(set) var alasanBerakhir: AlasanBerakhir?
    public private(set) var riwayat: [LangkahRiwayat]

    init(
        jenis: JenisKerjaSama, penilaianDPRD: PenilaianDPRD?, tahap: Tahap,
        dokumenDitandatangani: Set<JenisDokumen> = [], persetujuan: Set<JenisPersetujuan> = [],
        adendumBerjalan: Bool = false, persetujuanAdendum: Set<JenisPersetujuan> = [], jumlahAdendum: Int = 0,
        alasanBerakhir: AlasanBerakhir? = nil, riwayat: [LangkahRiwayat] = []
    ) {
        self.jenis = jenis
        self.penilaianDPRD = penilaianDPRD
        self.tahap = tahap
        self.dokumenDitandatangani = dokumenDitandatangani
        self.persetujuan = persetujuan
        self.adendumBerjalan = adendumBerjalan
        self.persetujuanAdendum = persetujuanAdendum
        self.jumlahAdendum = jumlahAdendum
        self.alasanBerakhir = alasanBerakhir
        self.riwayat = riwayat
    }

    // MARK: - Starting

    /// A new cooperation at `persiapan`.
    ///
    /// Refused for `kemitraanLain` (not run by this machine) and for KSDD/KSDPK without a DPRD assessment.
    public static func mulai(
        jenis: JenisKerjaSama, penilaianDPRD: PenilaianDPRD? = nil
    ) -> Result<SiklusKerjaSama, PenolakanTransisi> {
        if let penolakan = SiklusKerjaSama.periksaJenisDanPenilaian(jenis: jenis, penilaian: penilaianDPRD) {
            return .failure(penolakan)
        }
        return .success(SiklusKerjaSama(jenis: jenis, penilaianDPRD: penilaianDPRD, tahap: .persiapan))
    }

    /// An existing agreement entered at the stage it has reached (e.g. imported from a spreadsheet).
    ///
    /// Refused when the stage is not in the kind's flow, when a document or approval does not belong to the
    /// kind, when a requirement of an earlier stage is missing, or when the end reason does not fit.
    public static func impor(
        jenis: JenisKerjaSama,
        penilaianDPRD: PenilaianDPRD? = nil,
        tahap: Tahap,
        dokumenDitandatangani: Set<JenisDokumen>,
        persetujuan: Set<JenisPersetujuan>,
        jumlahAdendum: Int = 0,
        alasanBerakhir: AlasanBerakhir? = nil,
        aturan: AturanKSD = .bawaan
    ) -> Result<SiklusKerjaSama, PenolakanTransisi> {
        if let penolakan = SiklusKerjaSama.periksaJenisDanPenilaian(jenis: jenis, penilaian: penilaianDPRD) {
            return .failure(penolakan)
        }
        var dokumen = dokumenDitandatangani
        if jumlahAdendum > 0 { dokumen.insert(.adendum) }
        let s = SiklusKerjaSama(
            jenis: jenis, penilaianDPRD: penilaianDPRD, tahap: tahap, dokumenDitandatangani: dokumen,
            persetujuan: persetujuan, jumlahAdendum: max(0, jumlahAdendum), alasanBerakhir: alasanBerakhir)
        do throws(PenolakanTransisi) {
            try s.periksaKonsistensi(aturan: aturan)
        } catch {
            return .failure(error)
        }
        return .success(s)
    }

    // MARK: - Derived facts

    /// The DPRD decision for this cooperation.
    public var keputusanDPRD: PersetujuanDPRD.Keputusan {
        if let penilaianDPRD {
            return PersetujuanDPRD.perluPersetujuanDPRD(jenis: jenis, penilaian: penilaianDPRD)
        }
        if let keputusan = PersetujuanDPRD.keputusanTanpaPenilaian(jenis: jenis) {
            return keputusan
        }
        // KSDD/KSDPK without an assessment (only possible in a hand-made or corrupted value): be strict.
        return PersetujuanDPRD.Keputusan(
            perlu: true,
            alasan: "Penilaian kebutuhan persetujuan DPRD belum diisi; persetujuan DPRD dianggap diperlukan.",
            dasarHukum: "PP 28/2018 Pasal 6 ayat (2)")
    }

    public var perluDPRD: Bool { keputusanDPRD.perlu }

    /// The ordered stages of this cooperation.
    public var alur: [Tahap] { Tahap.alur(untuk: jenis, perluDPRD: perluDPRD) }

    /// The stage that `lanjut` may enter next; nil at the last working stage and after the end.
    public var tahapBerikutnya: Tahap? {
        guard let i = alur.firstIndex(of: tahap), i + 1 < alur.count, alur[i + 1] != .berakhir else { return nil }
        return alur[i + 1]
    }

    /// A binding agreement (KB, PKS, NK, RK, naskah LN, naskah desa) has been signed.
    public var naskahMengikatDitandatangani: Bool {
        dokumenDitandatangani.contains { $0.mengikatParaPihak }
    }

    public var sudahBerakhir: Bool { tahap == .berakhir }

    /// All requirements of this cooperation's flow, in order.
    public func daftarSyarat(aturan: AturanKSD = .bawaan) -> [SyaratTahap] {
        SiklusKerjaSama.syarat(jenis: jenis, perluDPRD: perluDPRD, aturan: aturan)
    }

    /// The requirements still missing before `tujuan` can be entered (every requirement of the stages before
    /// it in the flow).
    public func kekurangan(untukMasuk tujuan: Tahap, aturan: AturanKSD = .bawaan) -> [SyaratTahap] {
        let alur = self.alur
        guard let j = alur.firstIndex(of: tujuan) else { return [] }
        let sebelum = Set(alur[..<j])
        return daftarSyarat(aturan: aturan).filter { sebelum.contains($0.tahap) && !terpenuhi($0.syarat) }
    }

    func terpenuhi(_ syarat: Syarat) -> Bool {
        switch syarat {
        case .dokumen(let d): dokumenDitandatangani.contains(d)
        case .persetujuan(let p): persetujuan.contains(p)
        }
    }

    // MARK: - Applying events

    /// Applies one event; the value itself is never changed.
    public func terapkan(
        _ peristiwa: PeristiwaSiklus, aturan: AturanKSD = .bawaan
    ) -> Result<SiklusKerjaSama, PenolakanTransisi> {
        var baru = self
        do throws(PenolakanTransisi) {
            try baru.proses(peristiwa, aturan: aturan)
        } catch {
            return .failure(error)
        }
        baru.riwayat.append(LangkahRiwayat(peristiwa: peristiwa, dari: tahap, ke: baru.tahap))
        return .success(baru)
    }

    /// Applies one event in place; throws and leaves the value unchanged when it is refused.
    public mutating func jalankan(_ peristiwa: PeristiwaSiklus, aturan: AturanKSD = .bawaan) throws(PenolakanTransisi) {
        self = try terapkan(peristiwa, aturan: aturan).get()
    }

    private mutating func proses(_ peristiwa: PeristiwaSiklus, aturan: AturanKSD) throws(PenolakanTransisi) {
        if let kalimat = jenis.kalimatDiLuarSiklus {
            throw PenolakanTransisi.tolak(kalimat, dasar: jenis.dasarHukum)
        }
        if tahap == .berakhir {
            let alasan = alasanBerakhir.map { " karena \(sebagaiAnakKalimat($0.nama(untuk: jenis)))" } ?? ""
            throw PenolakanTransisi.tolak(
                "Kerja sama ini telah berakhir\(alasan); tidak ada peristiwa yang dapat dicatat lagi. "
                    + "Perpanjangan atau pembaruan dilakukan sebagai kerja sama baru melalui seluruh tahapan",
                dasar: gabungDasar([
                    alasanBerakhir?.dasarHukum(untuk: jenis) ?? jenis.dasarHukumTahapan,
                    "perpanjangan melalui prosedur baru menurut praktik pemda [S]",
                ]))
        }
        let alur = self.alur
        guard let i = alur.firstIndex(of: tahap) else {
            throw PenolakanTransisi.tolak(
                "Tahap \(tahap.nama) bukan bagian dari alur \(jenis.nama); data siklus ini tidak konsisten dan "
                    + "perlu diperbaiki oleh admin Bagian Kerja Sama",
                kurang: [tahap.nama],
                dasar: jenis.dasarHukumTahapan)
        }

        switch peristiwa {
        case .lanjut(let tujuan):
            try lanjut(ke: tujuan, dari: i, alur: alur, aturan: aturan)
        case .kembali(let tujuan, let alasan):
            try kembali(ke: tujuan, alasan: alasan, dari: i, alur: alur, aturan: aturan)
        case .catatTandaTangan(let dokumen):
            try catatDokumen(dokumen, posisi: i, alur: alur, aturan: aturan)
        case .catatPersetujuan(let jenisPersetujuan):
            try catatPersetujuan(jenisPersetujuan, posisi: i, alur: alur, aturan: aturan)
        case .nilaiUlangDPRD(let penilaian):
            try nilaiUlang(penilaian)
        case .mulaiAdendum:
            guard tahap.isSetelahPenandatanganan else {
                throw PenolakanTransisi.tolak(
                    "Adendum hanya dapat disusun untuk naskah kerja sama yang sudah ditandatangani dan sedang "
                        + "dilaksanakan; siklus masih pada tahap \(tahap.nama(untuk: jenis))",
                    kurang: jenis.naskahPokok.filter { !dokumenDitandatangani.contains($0) }.map(\.nama),
                    dasar: dasarAdendum)
            }
            guard !adendumBerjalan else {
                throw PenolakanTransisi.tolak(
                    "Penyusunan adendum sudah berjalan; selesaikan dengan mencatat penandatanganan adendum atau "
                        + "batalkan terlebih dahulu",
                    dasar: dasarAdendum)
            }
            adendumBerjalan = true
            persetujuanAdendum = []
        case .batalkanAdendum(let alasan):
            guard adendumBerjalan else {
                throw PenolakanTransisi.tolak(
                    "Tidak ada penyusunan adendum yang sedang berjalan untuk dibatalkan", dasar: dasarAdendum)
            }
            guard !alasan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw PenolakanTransisi.tolak(
                    "Alasan pembatalan adendum wajib diisi", kurang: ["alasan pembatalan"], dasar: dasarAdendum)
            }
            adendumBerjalan = false
            persetujuanAdendum = []
        case .akhiri(let alasan):
            try akhiri(alasan)
        }
    }

    // MARK: lanjut

    private mutating func lanjut(ke tujuan: Tahap, dari i: Int, alur: [Tahap], aturan: AturanKSD) throws(PenolakanTransisi) {
        if tujuan == .berakhir {
            let daftar = AlasanBerakhir.daftar(untuk: jenis).map { $0.nama(untuk: jenis) }
            throw PenolakanTransisi.tolak(
                "Kerja sama hanya dapat diakhiri dengan alasan yang sah; gunakan pengakhiran dengan salah satu "
                    + "alasan: \(gabungKalimat(daftar))",
                kurang: ["alasan berakhirnya kerja sama"],
                dasar: dasarPengakhiran)
        }
        guard let j = alur.firstIndex(of: tujuan) else {
            throw penolakanTahapDiLuarAlur(tujuan)
        }
        if j == i {
            throw PenolakanTransisi.tolak(
                "Siklus sudah berada pada tahap \(tujuan.nama(untuk: jenis))", dasar: jenis.dasarHukumTahapan)
        }
        if j < i {
            throw PenolakanTransisi.tolak(
                "Tahap \(tujuan.nama(untuk: jenis)) sudah dilalui; untuk perbaikan gunakan kembali satu tahap "
                    + "dengan menyebutkan alasannya",
                dasar: jenis.dasarHukumTahapan)
        }
        let kurang = kekurangan(untukMasuk: tujuan, aturan: aturan)
        if j > i + 1 {
            let dilompati = alur[(i + 1)..<j].map { $0.nama(untuk: jenis) }
            let butir = ["tahap \(gabungKalimat(dilompati)) belum dilalui"] + kurang.map(\.uraianKurang)
            throw PenolakanTransisi.tolak(
                "Tahap tidak dapat dilompati: tahap \(tujuan.nama(untuk: jenis)) belum dapat dimulai karena "
                    + "\(gabungKalimat(butir)); tahap berikutnya adalah \(alur[i + 1].nama(untuk: jenis))",
                kurang: dilompati.map { "tahap \($0)" } + kurang.map(\.uraianKurang),
                dasar: gabungDasar([jenis.dasarHukumTahapan] + kurang.map(\.dasarHukum)))
        }
        if !kurang.isEmpty {
            throw PenolakanTransisi.tolak(
                "Tahap \(tujuan.nama(untuk: jenis)) belum dapat dimulai karena "
                    + gabungKalimat(kurang.map(\.uraianKurang)),
                kurang: kurang.map(\.uraianKurang),
                dasar: gabungDasar(kurang.map(\.dasarHukum)))
        }
        tahap = tujuan
    }

    // MARK: kembali

    private mutating func kembali(
        ke tujuan: Tahap, alasan: String, dari i: Int, alur: [Tahap], aturan: AturanKSD
    ) throws(PenolakanTransisi) {
        guard !alasan.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw PenolakanTransisi.tolak(
                "Alasan kembali ke tahap sebelumnya wajib diisi", kurang: ["alasan perbaikan"],
                dasar: jenis.dasarHukumTahapan)
        }
        guard alur.contains(tujuan), tujuan != .berakhir else {
            throw penolakanTahapDiLuarAlur(tujuan)
        }
        guard i > 0 else {
            throw PenolakanTransisi.tolak(
                "Tahap \(tahap.nama(untuk: jenis)) adalah tahap pertama; tidak ada tahap sebelumnya",
                dasar: jenis.dasarHukumTahapan)
        }
        let sebelumnya = alur[i - 1]
        guard tujuan == sebelumnya else {
            throw PenolakanTransisi.tolak(
                "Perbaikan hanya dapat kembali satu tahap, yaitu ke tahap \(sebelumnya.nama(untuk: jenis))",
                dasar: jenis.dasarHukumTahapan)
        }
        if tahap == .pelaksanaan {
            throw PenolakanTransisi.tolak(
                "Naskah kerja sama sudah ditandatangani dan sedang dilaksanakan; perubahan dilakukan melalui "
                    + "adendum, bukan dengan kembali ke tahap \(sebelumnya.nama(untuk: jenis))",
                dasar: dasarAdendum)
        }
        let finalDiTahapIni = jenis.dokumen.filter {
            $0.finalSetelahDitandatangani && dokumenDitandatangani.contains($0)
                && SiklusKerjaSama.tahapPencatatan($0, jenis: jenis) == tahap
        }
        if !finalDiTahapIni.isEmpty {
            throw PenolakanTransisi.tolak(
                "\(gabungKalimat(finalDiTahapIni.map(\.nama))) sudah ditandatangani sehingga tahap "
                    + "\(tahap.nama(untuk: jenis)) tidak dapat dibuka kembali; perubahan dilakukan melalui adendum "
                    + "setelah naskah berlaku",
                dasar: gabungDasar(
                    finalDiTahapIni.compactMap { SiklusKerjaSama.uraianSyarat(.dokumen($0), jenis: jenis)?.dasar }
                        + [dasarAdendum]))
        }
        // The stage being left will be redone: clear what was recorded at it.
        for p in persetujuan where SiklusKerjaSama.tahapPencatatan(p, jenis: jenis) == tahap {
            persetujuan.remove(p)
        }
        for d in dokumenDitandatangani where SiklusKerjaSama.tahapPencatatan(d, jenis: jenis) == tahap {
            dokumenDitandatangani.remove(d)
        }
        tahap = tujuan
    }

    // MARK: documents

    private mutating func catatDokumen(
        _ dokumen: JenisDokumen, posisi i: Int, alur: [Tahap], aturan: AturanKSD
    ) throws(PenolakanTransisi) {
        guard jenis.dokumen.contains(dokumen) else {
            throw penolakanDokumenAsing(dokumen)
        }
        switch dokumen {
        case .beritaAcara:
            dokumenDitandatangani.insert(.beritaAcara)
            return
        case .adendum:
            guard adendumBerjalan else {
                throw PenolakanTransisi.tolak(
                    "Adendum belum dapat ditandatangani karena penyusunan adendum belum dimulai"
                        + (tahap.isSetelahPenandatanganan ? "" : " dan naskah kerja sama belum berlaku"),
                    kurang: ["penyusunan adendum"],
                    dasar: dasarAdendum)
            }
            if jenis.isDesa, !persetujuanAdendum.contains(.musyawarahParaPihakDesa) {
                throw PenolakanTransisi.tolak(
                    "Adendum belum dapat ditandatangani karena perubahan kerja sama Desa belum dimusyawarahkan "
                        + "dengan para pihak",
                    kurang: [JenisPersetujuan.musyawarahParaPihakDesa.nama],
                    dasar: "PP 43/2014 Pasal 145 dan Pasal 146")
            }
            dokumenDitandatangani.insert(.adendum)
            jumlahAdendum += 1
            adendumBerjalan = false
            persetujuanAdendum = []
            return
        default:
            break
        }
        guard let tahapnya = SiklusKerjaSama.tahapPencatatan(dokumen, jenis: jenis),
            let j = alur.firstIndex(of: tahapnya)
        else {
            throw penolakanDokumenAsing(dokumen)
        }
        let dasarDokumen = SiklusKerjaSama.uraianSyarat(.dokumen(dokumen), jenis: jenis)?.dasar ?? jenis.dasarHukumTahapan
        let kataKerja = dokumen.finalSetelahDitandatangani ? "ditandatangani" : "dicatat"
        if dokumenDitandatangani.contains(dokumen) && dokumen.finalSetelahDitandatangani {
            throw PenolakanTransisi.tolak(
                "\(dokumen.nama) sudah ditandatangani; perubahan dilakukan melalui adendum",
                dasar: gabungDasar([dasarDokumen, dasarAdendum]))
        }
        if j > i {
            let kurang = kekurangan(untukMasuk: tahapnya, aturan: aturan)
            if kurang.isEmpty {
                let tahapAntara = alur[(i + 1)...j].map { $0.nama(untuk: jenis) }
                throw PenolakanTransisi.tolak(
                    "\(dokumen.nama) belum dapat \(kataKerja) karena siklus masih pada tahap "
                        + "\(tahap.nama(untuk: jenis)); lanjutkan terlebih dahulu ke tahap \(tahapnya.nama(untuk: jenis))",
                    kurang: tahapAntara.map { "tahap \($0)" },
                    dasar: gabungDasar([dasarDokumen, jenis.dasarHukumTahapan]))
            }
            throw PenolakanTransisi.tolak(
                "\(dokumen.nama) belum dapat \(kataKerja) karena \(gabungKalimat(kurang.map(\.uraianKurang)))",
                kurang: kurang.map(\.uraianKurang),
                dasar: gabungDasar(kurang.map(\.dasarHukum) + [dasarDokumen]))
        }
        if j < i {
            throw PenolakanTransisi.tolak(
                "\(dokumen.nama) dicatat pada tahap \(tahapnya.nama(untuk: jenis)) yang sudah dilalui; untuk "
                    + "perbaikan kembali terlebih dahulu ke tahap tersebut",
                dasar: dasarDokumen)
        }
        // j == i: requirements of earlier stages were checked when this stage was entered; check again for
        // values that were imported or decoded.
        let kurang = kekurangan(untukMasuk: tahapnya, aturan: aturan)
        if !kurang.isEmpty {
            throw PenolakanTransisi.tolak(
                "\(dokumen.nama) belum dapat \(kataKerja) karena \(gabungKalimat(kurang.map(\.uraianKurang)))",
                kurang: kurang.map(\.uraianKurang),
                dasar: gabungDasar(kurang.map(\.dasarHukum) + [dasarDokumen]))
        }
        dokumenDitandatangani.insert(dokumen)
    }

    // MARK: approvals

    private mutating func catatPersetujuan(
        _ p: JenisPersetujuan, posisi i: Int, alur: [Tahap], aturan: AturanKSD
    ) throws(PenolakanTransisi) {
        guard SiklusKerjaSama.persetujuanDigunakan(p, jenis: jenis) else {
            throw PenolakanTransisi.tolak(
                "\(p.nama) tidak digunakan dalam \(jenis.nama)", dasar: jenis.dasarHukumTahapan)
        }
        if p == .musyawarahParaPihakDesa {
            if adendumBerjalan {
                guard !persetujuanAdendum.contains(p) else {
                    throw PenolakanTransisi.tolak(
                        "Musyawarah para pihak atas adendum ini sudah dicatat", dasar: "PP 43/2014 Pasal 145")
                }
                persetujuanAdendum.insert(p)
                return
            }
            guard naskahMengikatDitandatangani, tahap.isSetelahPenandatanganan else {
                throw PenolakanTransisi.tolak(
                    "Musyawarah para pihak atas perubahan atau pengakhiran hanya dicatat untuk kerja sama Desa yang "
                        + "naskahnya sudah ditandatangani dan sedang dilaksanakan",
                    kurang: jenis.naskahPokok.filter { !dokumenDitandatangani.contains($0) }.map(\.nama),
                    dasar: "PP 43/2014 Pasal 145")
            }
            guard !persetujuan.contains(p) else {
                throw PenolakanTransisi.tolak(
                    "Musyawarah para pihak atas pengakhiran kerja sama sudah dicatat", dasar: "PP 43/2014 Pasal 145")
            }
            persetujuan.insert(p)
            return
        }
        if p == .dprd && !perluDPRD {
            let k = keputusanDPRD
            throw PenolakanTransisi.tolak(
                "Persetujuan DPRD tidak diperlukan untuk kerja sama ini karena \(sebagaiAnakKalimat(k.alasan))",
                dasar: k.dasarHukum)
        }
        let dasar = SiklusKerjaSama.uraianSyarat(.persetujuan(p), jenis: jenis)?.dasar ?? jenis.dasarHukumTahapan
        guard let tahapnya = SiklusKerjaSama.tahapPencatatan(p, jenis: jenis), let j = alur.firstIndex(of: tahapnya)
        else {
            throw PenolakanTransisi.tolak("\(p.nama) tidak digunakan dalam \(jenis.nama)", dasar: dasar)
        }
        if persetujuan.contains(p) {
            throw PenolakanTransisi.tolak("\(p.nama) sudah dicatat", dasar: dasar)
        }
        let kurang = kekurangan(untukMasuk: tahapnya, aturan: aturan)
        if j > i || !kurang.isEmpty {
            if kurang.isEmpty {
                throw PenolakanTransisi.tolak(
                    "\(p.nama) belum dapat dicatat karena siklus masih pada tahap \(tahap.nama(untuk: jenis)); "
                        + "lanjutkan terlebih dahulu ke tahap \(tahapnya.nama(untuk: jenis))",
                    kurang: alur[(i + 1)...j].map { "tahap \($0.nama(untuk: jenis))" },
                    dasar: gabungDasar([dasar, jenis.dasarHukumTahapan]))
            }
            throw PenolakanTransisi.tolak(
                "\(p.nama) belum dapat dicatat karena \(gabungKalimat(kurang.map(\.uraianKurang)))",
                kurang: kurang.map(\.uraianKurang),
                dasar: gabungDasar(kurang.map(\.dasarHukum) + [dasar]))
        }
        if j < i {
            throw PenolakanTransisi.tolak(
                "\(p.nama) dicatat pada tahap \(tahapnya.nama(untuk: jenis)) yang sudah dilalui", dasar: dasar)
        }
        persetujuan.insert(p)
    }

    // MARK: DPRD re-assessment

    private mutating func nilaiUlang(_ penilaian: PenilaianDPRD) throws(PenolakanTransisi) {
        switch jenis.kelompok {
        case .luarNegeri:
            let k = keputusanDPRD
            throw PenolakanTransisi.tolak(
                "Penilaian ulang kebutuhan persetujuan DPRD tidak berlaku karena \(sebagaiAnakKalimat(k.alasan))",
                dasar: k.dasarHukum)
        case .desa, .kemitraanLain:
            let k = keputusanDPRD
            throw PenolakanTransisi.tolak(
                "Penilaian kebutuhan persetujuan DPRD tidak berlaku untuk \(jenis.nama); \(sebagaiAnakKalimat(k.alasan))",
                dasar: k.dasarHukum)
        case .ksdd, .ksdpk, .sinergi:
            break
        }
        let bolehPada: [Tahap] =
            jenis.isSinergi
            ? [.persiapan, .penawaran, .penyusunanNK]
            : [.persiapan, .penawaran, .penyusunanKB, .penandatangananKB]
        guard bolehPada.contains(tahap) else {
            throw PenolakanTransisi.tolak(
                "Penilaian kebutuhan persetujuan DPRD hanya dapat diubah sebelum tahap Persetujuan DPRD, yaitu "
                    + "sampai tahap \(bolehPada.last!.nama(untuk: jenis)); kembali terlebih dahulu ke tahap tersebut",
                kurang: ["tahap \(bolehPada.last!.nama(untuk: jenis))"],
                dasar: "PP 28/2018 Pasal 6 ayat (1) huruf e dan ayat (2)")
        }
        penilaianDPRD = penilaian
    }

    // MARK: ending

    private mutating func akhiri(_ alasan: AlasanBerakhir) throws(PenolakanTransisi) {
        if alasan.bukanAlasanBerakhir {
            let sah = AlasanBerakhir.daftar(untuk: jenis).filter { $0 != .tidakDilanjutkan }.map { $0.nama(untuk: jenis) }
            throw PenolakanTransisi.tolak(
                "\(alasan.nama(untuk: jenis)) tidak mengakhiri kerja sama; kerja sama tetap berlaku sesuai naskahnya "
                    + "dan hanya berakhir karena: \(gabungKalimat(sah))",
                dasar: alasan.dasarHukum(untuk: jenis) ?? dasarPengakhiran)
        }
        guard alasan.berlakuUntuk(jenis), let dasar = alasan.dasarHukum(untuk: jenis) else {
            let sah = AlasanBerakhir.daftar(untuk: jenis).map { $0.nama(untuk: jenis) }
            throw PenolakanTransisi.tolak(
                "\"\(alasan.nama(untuk: jenis))\" bukan alasan berakhirnya \(jenis.nama); alasan yang sah: "
                    + gabungKalimat(sah),
                dasar: dasarPengakhiran)
        }
        if alasan == .tidakDilanjutkan {
            if naskahMengikatDitandatangani {
                let ditandatangani = jenis.dokumen.filter { $0.mengikatParaPihak && dokumenDitandatangani.contains($0) }
                throw PenolakanTransisi.tolak(
                    "\(gabungKalimat(ditandatangani.map(\.nama))) sudah ditandatangani, sehingga kerja sama hanya dapat "
                        + "diakhiri dengan alasan yang diatur",
                    dasar: dasarPengakhiran)
            }
        } else {
            guard naskahMengikatDitandatangani else {
                throw PenolakanTransisi.tolak(
                    "Belum ada naskah kerja sama yang ditandatangani, sehingga belum ada kerja sama yang dapat diakhiri "
                        + "karena \(sebagaiAnakKalimat(alasan.nama(untuk: jenis))); "
                        + "hentikan prakarsa dengan alasan \"tidak dilanjutkan\"",
                    kurang: jenis.naskahPokok.map(\.nama),
                    dasar: dasar)
            }
            if jenis.isDesa, !persetujuan.contains(.musyawarahParaPihakDesa) {
                throw PenolakanTransisi.tolak(
                    "Kerja sama Desa belum dapat diakhiri karena pengakhirannya belum dimusyawarahkan dengan para pihak",
                    kurang: [JenisPersetujuan.musyawarahParaPihakDesa.nama],
                    dasar: gabungDasar(["PP 43/2014 Pasal 145", dasar]))
            }
        }
        adendumBerjalan = false
        persetujuanAdendum = []
        alasanBerakhir = alasan
        tahap = .berakhir
    }

    // MARK: - Refusal helpers

    private var dasarAdendum: String {
        jenis.isDesa
            ? "PP 43/2014 Pasal 143 ayat (4) huruf g, Pasal 145, dan Pasal 146"
            : "perubahan naskah dengan adendum atas kesepakatan para pihak menurut praktik pemda [S]"
    }

    private var dasarPengakhiran: String {
        switch jenis.kelompok {
        case .ksdd: "PP 28/2018 Pasal 9"
        case .ksdpk: "PP 28/2018 Pasal 9 jo. Pasal 22"
        case .sinergi, .luarNegeri: "PP 28/2018 Pasal 9, diterapkan secara analogi"
        case .desa: "PP 43/2014 Pasal 147"
        case .kemitraanLain: jenis.dasarHukum
        }
    }

    private func penolakanTahapDiLuarAlur(_ tujuan: Tahap) -> PenolakanTransisi {
        if tujuan == .persetujuanDPRD, !perluDPRD {
            let k = keputusanDPRD
            return .tolak(
                "Tahap Persetujuan DPRD tidak termasuk alur kerja sama ini karena \(sebagaiAnakKalimat(k.alasan))",
                dasar: k.dasarHukum)
        }
        if jenis.isSinergi, [.penyusunanKB, .penandatangananKB, .penyusunanPKS, .penandatangananPKS].contains(tujuan) {
            return .tolak(
                "Sinergi tidak menggunakan Kesepakatan Bersama atau Perjanjian Kerja Sama; dokumennya adalah Nota "
                    + "Kesepakatan dan Rencana Kerja, sehingga tahap \(tujuan.nama) tidak termasuk alurnya",
                dasar: "PP 28/2018 Pasal 46 ayat (4)")
        }
        return .tolak(
            "Tahap \(tujuan.nama) tidak termasuk alur \(jenis.nama)", dasar: jenis.dasarHukumTahapan)
    }

    private func penolakanDokumenAsing(_ dokumen: JenisDokumen) -> PenolakanTransisi {
        if jenis.isSinergi, dokumen == .kesepakatanBersama || dokumen == .perjanjianKerjaSama {
            return .tolak(
                "Sinergi tidak menggunakan \(dokumen.nama); dokumennya adalah Nota Kesepakatan dan Rencana Kerja",
                dasar: "PP 28/2018 Pasal 46 ayat (4)")
        }
        let daftar = jenis.dokumen.map(\.nama)
        return .tolak(
            "\(dokumen.nama) tidak digunakan dalam \(jenis.nama); dokumen yang digunakan: \(gabungKalimat(daftar))",
            dasar: jenis.dasarHukumTahapan)
    }

    // MARK: - Consistency (import, decoded values)

    private static func periksaJenisDanPenilaian(
        jenis: JenisKerjaSama, penilaian: PenilaianDPRD?
    ) -> PenolakanTransisi? {
        if let kalimat = jenis.kalimatDiLuarSiklus {
            return .tolak(kalimat, dasar: jenis.dasarHukum)
        }
        if jenis.isKSDD || jenis.isKSDPK, penilaian == nil {
            return .tolak(
                "Penilaian kebutuhan persetujuan DPRD wajib diisi: apakah rencana kerja sama membebani masyarakat dan "
                    + "daerah, dan apakah pendanaannya sudah dianggarkan dalam APBD tahun anggaran berjalan",
                kurang: ["penilaian kebutuhan persetujuan DPRD"],
                dasar: jenis.isKSDPK ? "PP 28/2018 Pasal 6 ayat (2) jo. Pasal 19 ayat (1)" : "PP 28/2018 Pasal 6 ayat (2)")
        }
        return nil
    }

    private func periksaKonsistensi(aturan: AturanKSD) throws(PenolakanTransisi) {
        let alur = self.alur
        guard alur.contains(tahap) else { throw penolakanTahapDiLuarAlur(tahap) }
        for d in dokumenDitandatangani where !jenis.dokumen.contains(d) {
            throw penolakanDokumenAsing(d)
        }
        for p in persetujuan where !SiklusKerjaSama.persetujuanDigunakan(p, jenis: jenis) || (p == .dprd && !perluDPRD) {
            throw PenolakanTransisi.tolak("\(p.nama) tidak digunakan dalam \(jenis.nama)", dasar: jenis.dasarHukumTahapan)
        }
        if tahap == .berakhir {
            guard let alasanBerakhir else {
                throw PenolakanTransisi.tolak(
                    "Kerja sama yang berakhir wajib mencantumkan alasan berakhirnya", kurang: ["alasan berakhir"],
                    dasar: dasarPengakhiran)
            }
            var uji = self
            uji.tahap = alur.first!
            uji.alasanBerakhir = nil
            // Same rules as ending it now, except the stage.
            try uji.akhiri(alasanBerakhir)
            return
        }
        if alasanBerakhir != nil {
            throw PenolakanTransisi.tolak(
                "Alasan berakhir hanya dicatat untuk kerja sama pada tahap Berakhir", dasar: dasarPengakhiran)
        }
        let kurang = kekurangan(untukMasuk: tahap, aturan: aturan)
        if !kurang.isEmpty {
            throw PenolakanTransisi.tolak(
                "Kerja sama tidak dapat dicatat pada tahap \(tahap.nama(untuk: jenis)) karena "
                    + gabungKalimat(kurang.map(\.uraianKurang)),
                kurang: kurang.map(\.uraianKurang),
                dasar: gabungDasar(kurang.map(\.dasarHukum)))
        }
        let i = alur.firstIndex(of: tahap)!
        let terlaluAwal =
            jenis.dokumen.filter { d in
                guard dokumenDitandatangani.contains(d), let t = SiklusKerjaSama.tahapPencatatan(d, jenis: jenis)
                else { return false }
                return alur.firstIndex(of: t)! > i
            }.map(\.nama)
            + JenisPersetujuan.allCases.filter { p in
                guard persetujuan.contains(p) else { return false }
                guard let t = SiklusKerjaSama.tahapPencatatan(p, jenis: jenis) else {
                    // Recorded outside the stage order: only while the agreement is in force.
                    return !tahap.isSetelahPenandatanganan
                }
                return alur.firstIndex(of: t)! > i
            }.map(\.nama)
        if !terlaluAwal.isEmpty {
            throw PenolakanTransisi.tolak(
                "\(gabungKalimat(terlaluAwal)) tercatat padahal kerja sama masih pada tahap "
                    + tahap.nama(untuk: jenis),
                dasar: jenis.dasarHukumTahapan)
        }
        if jumlahAdendum > 0, !tahap.isSetelahPenandatanganan {
            throw PenolakanTransisi.tolak(
                "Adendum hanya ada untuk naskah kerja sama yang sudah berlaku", dasar: dasarAdendum)
        }
    }
}

extension SiklusKerjaSama {
    /// The lifecycle moved along its ordinary path up to `tujuan`: at each stage passed, what that stage
    /// requires is recorded, then it moves on. It stops earlier where the machine refuses. For demo data,
    /// imports of agreements already under way, and tests; every step goes through `terapkan`.
    public func majuSampai(_ tujuan: Tahap) -> SiklusKerjaSama {
        var s = self
        while s.tahap != tujuan, let berikut = s.tahapBerikutnya, berikut != .berakhir {
            for x in SiklusKerjaSama.syarat(tahap: s.tahap, jenis: s.jenis, perluDPRD: s.perluDPRD) {
                let e: PeristiwaSiklus =
                    switch x.syarat {
                    case .dokumen(let d): .catatTandaTangan(d)
                    case .persetujuan(let a): .catatPersetujuan(a)
                    }
                if case .success(let y) = s.terapkan(e) { s = y }
            }
            guard case .success(let y) = s.terapkan(.lanjut(ke: berikut)) else { break }
            s = y
        }
        return s
    }
}
