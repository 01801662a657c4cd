import Fluent
import Foundation
import JalinDomain
import JalinNaskah
import Vapor

/// Starting a naskah: the guided form asks only what the template cannot know (numbers, date,
/// place, signatories, term); the rest comes from the pemda, the partner directory and the mapping
/// submission it is drafted from.
enum NaskahBaru {
    /// The guided form (web form fields and the API's JSON body alike).
    struct Isian: Content {
        var jenis: String?
        var jenisKerjaSama: String?
        var usulan: String?
        /// The cooperation record the naskah is drafted for.
        var kerjaSama: String?
        var mitra: String?
        var tentang: String?
        var tanggal: String?
        var tempat: String?
        var nomor1: String?
        var nama1: String?
        var jabatan1: String?
        var alamat1: String?
        var nomor2: String?
        var nama2: String?
        var jabatan2: String?
        var alamat2: String?
        var jangka: String?
        var pelaksana1: String?
        var pelaksana2: String?
    }

    static let dokumenBab: Set<JenisDokumen> = [.kak, .studiKelayakan]
    static let dokumenDesa: Set<JenisDokumen> = [.peraturanBersamaDesa, .perjanjianBersamaDesa]

    /// The KSD kind a partner type suggests when the eligibility screen cannot tell.
    static func jenisDariMitra(_ j: JenisMitra, dokumen: JenisDokumen) -> JenisKerjaSama {
        if dokumen == .peraturanBersamaDesa { return .desaAntarDesa }
        if dokumen == .perjanjianBersamaDesa { return .desaPihakKetiga }
        switch j {
        case .daerah, .otoritaIKN: return .ksddSukarela
        case .pihakKetiga: return .ksdpkPelayananPublik
        case .kementerianLembaga: return .sinergi
        case .pemdaLuarNegeri: return .ksdpl
        case .lembagaLuarNegeri: return .ksdll
        case .desa: return .desaAntarDesa
        }
    }

    /// The partner-side name and signatory address remembered from the pemda's latest naskah.
    static func terakhir(_ instansi: String, _ p: Pelaku, on db: any Database) async throws -> Pihak? {
        let rows = try await p.query(NaskahRecord.self, on: db).sort(\.$diubahPada, .descending).limit(30).all()
        for r in rows {
            guard let n = try? NaskahAlur.isi(r) else { continue }
            if let x = n.pihak.first(where: { $0.instansi == instansi && !$0.nama.isEmpty && !$0.alamat.isEmpty }) { return x }
        }
        return nil
    }

    static func konteksUsulan(
        _ r: UsulanRecord, pelaku p: Pelaku, on db: any Database
    ) async throws -> (KonteksUsulan, UsulanPotensi?, UnitKerjaRecord?) {
        let u = UsulanAlur.isi(r)
        let unit = try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id == r.unitID).first()
        let kode = u?.lokasi.map(\.nilai) ?? []
        let wil = try await WilayahRecord.query(on: db).filter(\.$id ~~ kode).all()
        let nama = Dictionary(uniqueKeysWithValues: wil.map { ($0.id!, $0.nama) })
        let k = KonteksUsulan(
            judul: r.judul, deskripsi: u?.deskripsi, urusan: u?.bidangUrusan.map(\.nama) ?? [], lokasi: kode.compactMap { nama[$0] },
            dimiliki: u?.sumberDayaDimiliki, dibutuhkan: u?.sumberDayaDibutuhkan, manfaat: u?.manfaat, indikator: u?.indikator,
            unitPengusul: unit?.nama, sumberDana: u?.sumberDana?.nama)
        return (k, u, unit)
    }

    static func usulan(_ id: String?, _ p: Pelaku, on db: any Database) async throws -> UsulanRecord? {
        guard let s = id?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        guard let uid = UUID(uuidString: s), let r = try await p.query(UsulanRecord.self, on: db).filter(\.$id == uid).first(),
            UsulanAlur.terlihat(r, oleh: p)
        else {
            throw KesalahanValidasi(field: "usulan", pesan: "Usulan potensi yang dirujuk tidak ditemukan di pemda ini.")
        }
        return r
    }

    /// The cooperation record a naskah is drafted for: one of the pemda's, and for an operator one their unit carries out.
    static func kerjaSama(_ id: String?, _ p: Pelaku, on db: any Database) async throws -> KerjaSamaRecord? {
        guard let s = id?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        guard let kid = UUID(uuidString: s), let k = try await p.query(KerjaSamaRecord.self, on: db).filter(\.$id == kid).first() else {
            throw KesalahanValidasi(field: "kerjaSama", pesan: "Kerja sama yang dirujuk tidak ditemukan di pemda ini.")
        }
        if p.peran == .operator, p.unitID.map(k.idUnit.contains) != true {
            throw KesalahanValidasi(
                field: "kerjaSama", pesan: "Operator hanya dapat menyusun naskah untuk kerja sama yang dilaksanakan unit kerjanya.")
        }
        return k
    }

    static func mitra(_ id: String?, _ p: Pelaku, on db: any Database) async throws -> MitraRecord? {
        guard let s = id?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        guard let mid = UUID(uuidString: s), let m = try await p.query(MitraRecord.self, on: db).filter(\.$id == mid).first() else {
            throw KesalahanValidasi(field: "mitra", pesan: "Mitra tidak terdaftar di direktori mitra pemda ini.")
        }
        return m
    }

    /// The form pre-filled from what is known.
    static func isianAwal(
        jenis: JenisDokumen, usulanID: String?, mitraID: String?, kerjaSamaID: String? = nil, pelaku p: Pelaku, on db: any Database
    ) async throws -> Isian {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db) else { throw Abort(.notFound) }
        // Drafted for a cooperation record: its submission and first partner, unless the form says otherwise.
        let ks = try? await kerjaSama(kerjaSamaID, p, on: db)
        let r = try? await usulan(usulanID ?? ks?.usulanID?.uuidString, p, on: db)
        var i = Isian(jenis: jenis.rawValue, usulan: r?.id?.uuidString, kerjaSama: ks?.id?.uuidString)
        let mitraID = mitraID ?? ks?.idMitra.first?.uuidString
        var unit: UnitKerjaRecord?
        var u: UsulanPotensi?
        if let r {
            let k = try await konteksUsulan(r, pelaku: p, on: db)
            u = k.1
            unit = k.2
            i.tentang = r.judul
        }
        var m = try? await mitra(mitraID, p, on: db)
        if m == nil, let u {
            let calon = try await p.query(MitraRecord.self, on: db).filter(\.$id ~~ u.calonMitra).all()
            m = calon.first { $0.jenis == .daerah } ?? calon.first
        }
        i.mitra = m?.id?.uuidString
        var instansi1 = "Pemerintah \(pemda.nama)"
        if dokumenDesa.contains(jenis), let unit, unit.jenis == .desa { instansi1 = "Pemerintah \(unit.nama)" }
        let lalu1 = try await terakhir(instansi1, p, on: db)
        i.nama1 = lalu1?.nama
        i.alamat1 = lalu1?.alamat
        i.jabatan1 = lalu1?.jabatan ?? Templat.jabatanKepala(instansi1)
        if dokumenBab.contains(jenis), let unit {
            i.jabatan1 = "Kepala \(unit.nama)"
            i.nama1 = nil
        }
        if let m {
            let lalu2 = try await terakhir(m.nama, p, on: db)
            i.nama2 = lalu2?.nama
            i.jabatan2 = lalu2?.jabatan ?? Templat.jabatanKepala(m.nama)
            i.alamat2 = m.alamat ?? lalu2?.alamat
            var jenisKS = jenisDariMitra(m.jenis, dokumen: jenis)
            if let u, let unit, !dokumenDesa.contains(jenis) {
                let k = try await Analisis.konteks(pelaku: p, on: db)
                let h = Analisis.saring(u, unit: unit.jenis, k)
                if let x = h.perMitra.first(where: { $0.mitra.id == m.id })?.hasil, let j = x.jenis ?? x.pilihanJenis.first { jenisKS = j }
            }
            i.jenisKerjaSama = jenisKS.rawValue
        }
        if let unit, unit.jenis == .opd {
            i.pelaksana1 = "\(unit.nama) \(pemda.nama)"
            if let m, m.jenis == .daerah { i.pelaksana2 = "\(unit.nama) \(Templat.namaDaerah(m.nama))" } else { i.pelaksana2 = m?.nama }
        } else if let unit {
            // A kecamatan or desa carries out its own part; the partner names its implementing unit.
            i.pelaksana1 = unit.nama
            i.pelaksana2 = m?.nama
        }
        if GayaNaskah.untuk(jenis) == .perjanjian || GayaNaskah.untuk(jenis) == .peraturan { i.jangka = "5" }
        if let ks {
            if r == nil { i.tentang = ks.judul }
            if !dokumenBab.contains(jenis) { i.jenisKerjaSama = ks.jenis }
        }
        return i
    }

    /// Validates the form and fills the template.
    static func bangun(_ f: Isian, pelaku p: Pelaku, on db: any Database) async throws -> (Naskah, NaskahAlur.Asal) {
        guard let pemda = try await PemdaRecord.find(p.pemdaID, on: db) else { throw Abort(.notFound) }
        var v = Pemeriksa()
        let jenis = JenisDokumen(rawValue: f.jenis ?? "")
        if jenis == nil { v.tambah("jenis", "Pilih jenis naskah.") }
        let jenisKS = bacaJenisKerjaSama(f.jenisKerjaSama, ke: &v)
        let (r, m, ks) = try await rujukan(f, pelaku: p, on: db, ke: &v)
        let tentang = Teks.bersihkan(f.tentang, field: "tentang", label: "Isian \"tentang\"", wajib: true, maks: 1000, ke: &v)
        func pendek(_ s: String?, _ field: String, _ label: String, maks: Int = 500) -> String {
            Teks.bersihkan(s, field: field, label: label, wajib: false, maks: maks, ke: &v) ?? ""
        }
        let tempat = pendek(f.tempat, "tempat", "Tempat penandatanganan")
        let tanggal = bacaTanggal(f.tanggal, ke: &v)
        let jangka = bacaJangka(f.jangka, ke: &v)
        let nomor1 = pendek(f.nomor1, "nomor1", "Nomor naskah pihak kesatu")
        let nama1 = pendek(f.nama1, "nama1", "Nama penanda tangan pihak kesatu")
        let jabatan1 = pendek(f.jabatan1, "jabatan1", "Jabatan pihak kesatu")
        let alamat1 = pendek(f.alamat1, "alamat1", "Alamat pihak kesatu", maks: 1000)
        let nomor2 = pendek(f.nomor2, "nomor2", "Nomor naskah pihak kedua")
        let nama2 = pendek(f.nama2, "nama2", "Nama penanda tangan pihak kedua")
        let jabatan2 = pendek(f.jabatan2, "jabatan2", "Jabatan pihak kedua")
        let alamat2 = pendek(f.alamat2, "alamat2", "Alamat pihak kedua", maks: 1000)
        let pelaksana1 = pendek(f.pelaksana1, "pelaksana1", "Pelaksana pihak kesatu")
        let pelaksana2 = pendek(f.pelaksana2, "pelaksana2", "Pelaksana pihak kedua")
        try v.selesai()
        guard let jenis else { throw Abort(.badRequest) }
        var konteks: KonteksUsulan?
        var unit: UnitKerjaRecord?
        if let r {
            let k = try await konteksUsulan(r, pelaku: p, on: db)
            konteks = k.0
            unit = k.2
        }
        // Operators draft for their own unit only.
        var unitID = r?.unitID
        if p.peran == .operator {
            if let r, r.unitID != p.unitID {
                throw Tolak(.forbidden, "Operator hanya dapat menyusun naskah dari usulan unit kerjanya sendiri.")
            }
            unitID = p.unitID
            if unit == nil, let uid = p.unitID { unit = try await p.query(UnitKerjaRecord.self, on: db).filter(\.$id == uid).first() }
        }
        var instansi1 = "Pemerintah \(pemda.nama)"
        if dokumenDesa.contains(jenis), let unit, unit.jenis == .desa { instansi1 = "Pemerintah \(unit.nama)" }
        var pihak = [
            Pihak(
                instansi: instansi1, nama: nama1, jabatan: jabatan1.isEmpty ? Templat.jabatanKepala(instansi1) : jabatan1,
                alamat: alamat1, nomorDokumen: nomor1.isEmpty ? nil : nomor1)
        ]
        var pengusul: Pihak?
        if dokumenBab.contains(jenis), let unit {
            pengusul = Pihak(
                instansi: "\(unit.nama) \(pemda.nama)", nama: nama1, jabatan: jabatan1.isEmpty ? "Kepala \(unit.nama)" : jabatan1,
                alamat: alamat1, nomorDokumen: nomor1.isEmpty ? nil : nomor1)
            pihak[0].nama = ""
            pihak[0].jabatan = Templat.jabatanKepala(instansi1)
        }
        if let m {
            pihak.append(
                Pihak(
                    instansi: m.nama, nama: nama2, jabatan: jabatan2.isEmpty ? Templat.jabatanKepala(m.nama) : jabatan2,
                    alamat: alamat2.isEmpty ? (m.alamat ?? "") : alamat2, nomorDokumen: nomor2.isEmpty ? nil : nomor2,
                    pemerintah: m.jenis != .pihakKetiga))
        }
        var berbatasan = false
        if let m, let a = KodeWilayah(valid: pemda.kodeWilayah), let b = m.kodeWilayah.flatMap(KodeWilayah.init(valid:)) {
            let k = try await Analisis.konteks(pelaku: p, on: db)
            berbatasan = k.batas.berbatasan(a, b)
        }
        let provinsi = try await WilayahRecord.find(String(pemda.kodeWilayah.prefix(2)), on: db)?.nama
        let isian = IsianTemplat(
            jenis: jenis, jenisKerjaSama: jenisKS ?? m.map { jenisDariMitra($0.jenis, dokumen: jenis) }, pihak: pihak, pengusul: pengusul,
            tentang: tentang ?? "", tanggal: tanggal, tempat: tempat.isEmpty ? nil : tempat, jangkaWaktuTahun: jangka,
            hariKeadaanKahar: AturanKSD.bawaan.pemberitahuanKeadaanKaharHari.nilai,
            pelaksana: [pelaksana1, pelaksana2].filter { !$0.isEmpty },
            usulan: konteks, berbatasan: berbatasan, provinsi: provinsi,
            paraf: ["Kepala Bagian Kerja Sama", "Kepala Bagian Hukum"])
        let n: Naskah
        do {
            n = try Templat.buat(isian, pustaka: try await NaskahAlur.pustaka(p, on: db))
        } catch let e as KesalahanValidasi {
            throw KesalahanValidasi(e.daftar.map { KesalahanIsian(field: $0.field == "mitraID" ? "mitra" : $0.field, pesan: $0.pesan) })
        }
        return (n, NaskahAlur.Asal(unitID: unitID, mitraID: m?.id, usulanID: r?.id, kerjaSamaID: ks?.id))
    }

    /// What the form refers to: the submission, the partner and the cooperation record, each of the pemda;
    /// the partner must be one of the record's. Problems go to `v`.
    static func rujukan(
        _ f: Isian, pelaku p: Pelaku, on db: any Database, ke v: inout Pemeriksa
    ) async throws -> (UsulanRecord?, MitraRecord?, KerjaSamaRecord?) {
        var r: UsulanRecord?
        var m: MitraRecord?
        do { r = try await usulan(f.usulan, p, on: db) } catch let e as KesalahanValidasi { v.tambah("usulan", e.daftar[0].pesan) }
        do { m = try await mitra(f.mitra, p, on: db) } catch let e as KesalahanValidasi { v.tambah("mitra", e.daftar[0].pesan) }
        var ks: KerjaSamaRecord?
        do { ks = try await kerjaSama(f.kerjaSama, p, on: db) } catch let e as KesalahanValidasi {
            v.tambah("kerjaSama", e.daftar[0].pesan)
        }
        if let ks, let m, let id = m.id, !ks.idMitra.contains(id) {
            v.tambah("mitra", "Mitra ini bukan mitra kerja sama yang dirujuk (\(ks.judul)).")
        }
        return (r, m, ks)
    }

    /// The KSD kind chosen on the form (empty: by the partner and the eligibility screen).
    static func bacaJenisKerjaSama(_ s: String?, ke v: inout Pemeriksa) -> JenisKerjaSama? {
        guard let s, !s.isEmpty else { return nil }
        let jenisKS = JenisKerjaSama(rawValue: s)
        if jenisKS == nil || jenisKS == .kemitraanLain {
            v.tambah("jenisKerjaSama", "Jenis kerja sama tidak dikenal atau bukan kerja sama daerah.")
        }
        return jenisKS
    }

    static func bacaTanggal(_ s: String?, ke v: inout Pemeriksa) -> Tanggal? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        let tanggal = Tanggal(iso: s)
        if tanggal == nil { v.tambah("tanggal", "Tanggal harus tanggal yang sah (TTTT-BB-HH), misalnya 2024-05-03.") }
        return tanggal
    }

    /// The term in years, 1 to 30.
    static func bacaJangka(_ s: String?, ke v: inout Pemeriksa) -> Int? {
        guard let s = s?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
        guard let jangka = Int(s), (1...30).contains(jangka) else {
            v.tambah("jangka", "Jangka waktu harus bilangan bulat 1 sampai 30 tahun.")
            return nil
        }
        return jangka
    }

    /// A PKS drafted from a KB: the same parties and scope, the KB cited in the considerations, and the
    /// clauses of PP 28/2018 Pasal 19(2) from the library.
    static func pksDariKB(_ kb: NaskahRecord, pelaku p: Pelaku, on db: any Database) async throws -> (Naskah, NaskahAlur.Asal) {
        guard kb.jenisDokumen == .kesepakatanBersama else {
            throw KesalahanValidasi(
                field: "naskah", pesan: "Perjanjian Kerja Sama disusun dari Kesepakatan Bersama; naskah ini adalah \(kb.jenisDokumen.nama)."
            )
        }
        let n = try NaskahAlur.isi(kb)
        var konteks: KonteksUsulan?
        if let uid = kb.usulanID, let r = try await p.query(UsulanRecord.self, on: db).filter(\.$id == uid).first() {
            konteks = try await konteksUsulan(r, pelaku: p, on: db).0
        }
        var pelaksana: [String] = []
        if let pl = n.pasal.first(where: { $0.kunci == "pelaksanaan" }), case .ayat(let b)? = pl.isi.first, b.count > 1 {
            let t = b[1].teks
            if let r = t.range(of: ": ") {
                pelaksana = t[r.upperBound...].trimmingCharacters(in: CharacterSet(charactersIn: ". ")).components(separatedBy: " dan ")
            }
        }
        let jangka = n.pasal.first { $0.klausul?.kode == "jangka-waktu" }.flatMap {
            PemeriksaUnsur.jangkaWaktuTahun($0.isi.flatMap(\.semuaTeks).joined(separator: " "))
        }
        let rujukan = RujukanNaskah(
            jenis: .kesepakatanBersama, judul: n.tentang, nomor: n.pihak.compactMap(\.nomorDokumen), tanggal: n.tanggal)
        let isian = IsianTemplat(
            jenis: .perjanjianKerjaSama, jenisKerjaSama: n.jenisKerjaSama,
            pihak: n.pihak.map {
                var x = $0
                x.nomorDokumen = nil
                return x
            },
            tentang: n.tentang, tempat: n.tempat, jangkaWaktuTahun: jangka,
            hariKeadaanKahar: AturanKSD.bawaan.pemberitahuanKeadaanKaharHari.nilai,
            pelaksana: pelaksana, usulan: konteks, rujukan: rujukan, sumber: n, paraf: n.paraf)
        let pks = try Templat.buat(isian, pustaka: try await NaskahAlur.pustaka(p, on: db))
        return (
            pks, NaskahAlur.Asal(unitID: kb.unitID, mitraID: kb.mitraID, usulanID: kb.usulanID, indukID: kb.id, kerjaSamaID: kb.kerjaSamaID)
        )
    }

    /// An adendum to a signed agreement.
    static func adendum(_ asal: NaskahRecord, pelaku p: Pelaku, on db: any Database) async throws -> (Naskah, NaskahAlur.Asal) {
        guard asal.statusNaskah == .ditandatangani else {
            throw KesalahanValidasi(
                field: "naskah",
                pesan: "Adendum disusun untuk naskah yang sudah ditandatangani; naskah yang belum final cukup diubah langsung.")
        }
        let n = try NaskahAlur.isi(asal)
        let rujukan = RujukanNaskah(jenis: n.jenis, judul: n.tentang, nomor: n.pihak.compactMap(\.nomorDokumen), tanggal: n.tanggal)
        let isian = IsianTemplat(
            jenis: .adendum, jenisKerjaSama: n.jenisKerjaSama,
            pihak: n.pihak.map {
                var x = $0
                x.nomorDokumen = nil
                return x
            },
            tentang: n.tentang, tempat: n.tempat, rujukan: rujukan, sumber: n, paraf: n.paraf)
        let a = try Templat.buat(isian, pustaka: try await NaskahAlur.pustaka(p, on: db))
        return (
            a,
            NaskahAlur.Asal(
                unitID: asal.unitID, mitraID: asal.mitraID, usulanID: asal.usulanID, indukID: asal.id, kerjaSamaID: asal.kerjaSamaID)
        )
    }
}
