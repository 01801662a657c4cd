import Foundation

// MARK: - Validating the form

extension UsulanPotensi {
    /// Validates the raw form. With `untukDiajukan == false` (saving a draft) only `judul` is required;
    /// with `true` (submitting) everything listed in `kekuranganUntukDiajukan` must be present too. Every
    /// problem is reported at once, each naming its field, in the order of the form; a missing field is not
    /// reported again when its value was already refused. One function per group of fields.
    public static func periksa(_ isian: IsianUsulan, untukDiajukan: Bool) throws(KesalahanValidasi) -> UsulanPotensi {
        var p = Pemeriksa()
        var u = UsulanPotensi(jenis: nil, judul: "")
        periksaIdentitas(isian, &u, &p)
        periksaCakupan(isian, &u, &p)
        periksaSumberDaya(isian, &u, &p)
        periksaDampak(isian, &u, &p)
        periksaBiaya(isian, &u, &p)
        periksaPerencanaan(isian, &u, &p)
        if untukDiajukan { tambahKekurangan(u, &p) }
        try p.selesai()
        return u
    }

    /// jenis, judul, deskripsi.
    private static func periksaIdentitas(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        if let t = isiTeks(isian.jenis) {
            u.jenis = JenisUsulan(rawValue: t.lowercased())
            if u.jenis == nil { p.tambah("jenis", "Jenis usulan tidak dikenal. Pilih isu, potensi, atau permasalahan.") }
        }
        u.judul = Teks.bersihkan(
            isian.judul, field: "judul", label: "Judul", wajib: true, maks: panjangJudulMaksimum, ke: &p) ?? ""
        u.deskripsi = Teks.bersihkan(
            isian.deskripsi, field: "deskripsi", label: "Deskripsi", wajib: false, maks: panjangDeskripsiMaksimum,
            banyakBaris: true, ke: &p)
    }

    /// urusan, lokasi, bentuk kegiatan.
    private static func periksaCakupan(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        for mentah in isian.urusan ?? [] {
            guard let t = isiTeks(mentah) else { continue }
            do throws(KesalahanValidasi) {
                let bidang = try KatalogUrusan.periksaKode(t, field: "urusan")
                if !u.urusan.contains(bidang.kode) { u.urusan.append(bidang.kode) }
            } catch {
                p.tambah("urusan", (error.daftar.first?.pesan ?? "Kode urusan tidak dikenal.") + " Pilih kode bidang urusan, misalnya 2.15 (Perhubungan).")
            }
        }
        for mentah in isian.lokasi ?? [] {
            guard let t = isiTeks(mentah) else { continue }
            if let kode = KodeWilayah(valid: t) {
                if !u.lokasi.contains(kode) { u.lokasi.append(kode) }
            } else {
                p.tambah(
                    "lokasi",
                    "Kode wilayah lokasi \"\(tampilan(t))\" tidak sah. Gunakan bentuk PP.KK, PP.KK.CC, atau PP.KK.CC.DDDD "
                        + "(hanya angka), misalnya 64.02.06.")
            }
        }
        if u.lokasi.count > jumlahLokasiMaksimum {
            p.tambah("lokasi", "Lokasi paling banyak \(jumlahLokasiMaksimum) kode wilayah.")
        }
        if let t = isiTeks(isian.bentuk) {
            if let b = cocokkan(t, BentukKegiatan.self) {
                u.bentuk = b
            } else {
                p.tambah("bentuk", "Bentuk kegiatan tidak dikenal. Pilih salah satu bentuk yang tersedia.")
            }
        }
    }

    /// Sumber daya dimiliki and dibutuhkan, calon mitra.
    private static func periksaSumberDaya(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        u.sumberDayaDimiliki = Teks.bersihkan(
            isian.sumberDayaDimiliki, field: "sumberDayaDimiliki", label: "Sumber daya yang dimiliki", wajib: false,
            maks: panjangSumberDayaMaksimum, banyakBaris: true, ke: &p)
        u.sumberDayaDibutuhkan = Teks.bersihkan(
            isian.sumberDayaDibutuhkan, field: "sumberDayaDibutuhkan", label: "Sumber daya yang dibutuhkan",
            wajib: false, maks: panjangSumberDayaMaksimum, banyakBaris: true, ke: &p)
        for (i, mentah) in (isian.calonMitra ?? []).enumerated() {
            guard let t = isiTeks(mentah) else { continue }
            if let id = UUID(uuidString: t) {
                if !u.calonMitra.contains(id) { u.calonMitra.append(id) }
            } else {
                p.tambah("calonMitra", "Calon mitra ke-\(i + 1) tidak dikenal; pilih calon mitra dari daftar mitra.")
            }
        }
        if u.calonMitra.count > jumlahCalonMitraMaksimum {
            p.tambah("calonMitra", "Calon mitra paling banyak \(jumlahCalonMitraMaksimum).")
        }
    }

    /// Eksternalitas (and with whom), manfaat, indikator.
    private static func periksaDampak(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        if let t = isiTeks(isian.eksternalitas) {
            switch t.lowercased() {
            case "ya", "y", "true", "1", "on", "yes": u.eksternalitas = true
            case "tidak", "t", "false", "0", "off", "no": u.eksternalitas = false
            default: p.tambah("eksternalitas", "Eksternalitas lintas daerah diisi ya atau tidak.")
            }
        }
        u.eksternalitasDengan = Teks.bersihkan(
            isian.eksternalitasDengan, field: "eksternalitasDengan", label: "Daerah yang terkena eksternalitas",
            wajib: false, maks: panjangEksternalitasMaksimum, banyakBaris: true, ke: &p)
        u.manfaat = Teks.bersihkan(
            isian.manfaat, field: "manfaat", label: "Manfaat yang diharapkan", wajib: false,
            maks: panjangManfaatMaksimum, banyakBaris: true, ke: &p)
        u.indikator = Teks.bersihkan(
            isian.indikator, field: "indikator", label: "Indikator", wajib: false, maks: panjangIndikatorMaksimum,
            banyakBaris: true, ke: &p)
    }

    /// Perkiraan biaya, sumber dana.
    private static func periksaBiaya(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        if let t = isiTeks(isian.perkiraanBiaya) {
            do throws(KesalahanValidasi) {
                let sen = try Rupiah.parse(t, field: "perkiraanBiaya")
                if sen < 0 {
                    p.tambah("perkiraanBiaya", "Perkiraan biaya tidak boleh negatif.")
                } else {
                    u.perkiraanBiaya = sen
                }
            } catch {
                p.tambah("perkiraanBiaya", "Perkiraan biaya tidak sah. " + (error.daftar.first?.pesan ?? ""))
            }
        }
        if let t = isiTeks(isian.sumberDana) {
            u.sumberDana = cocokkan(t, SumberDana.self)
            if u.sumberDana == nil {
                p.tambah("sumberDana", "Sumber dana tidak dikenal. Pilih APBD, APBN, mitra, APBD dan mitra, atau lainnya.")
            }
        }
    }

    /// The planning link: a programme (code and name) or an exception (kind and reason), not both.
    private static func periksaPerencanaan(_ isian: IsianUsulan, _ u: inout UsulanPotensi, _ p: inout Pemeriksa) {
        if let t = isiTeks(isian.kodeProgram) {
            if KodeProgram.sah(t) {
                u.kodeProgram = t
            } else {
                p.tambah(
                    "kodeProgram",
                    "Kode program \"\(tampilan(t))\" tidak sah. Gunakan kode nomenklatur program, kegiatan, atau "
                        + "subkegiatan, misalnya 2.15.02 atau 2.15.02.2.01.0001.")
            }
        }
        u.namaProgram = Teks.bersihkan(
            isian.namaProgram, field: "namaProgram", label: "Nama program", wajib: false,
            maks: panjangNamaProgramMaksimum, ke: &p)
        if let t = isiTeks(isian.pengecualian) {
            u.pengecualian = cocokkan(t, PengecualianPerencanaan.self)
            if u.pengecualian == nil {
                p.tambah(
                    "pengecualian",
                    "Pengecualian tidak dikenal. Pilih keadaan darurat, program strategis nasional, atau tugas pembantuan.")
            }
        }
        u.alasanPengecualian = Teks.bersihkan(
            isian.alasanPengecualian, field: "alasanPengecualian", label: "Alasan pengecualian", wajib: false,
            maks: panjangAlasanPengecualianMaksimum, banyakBaris: true, ke: &p)
        let adaProgram = isiTeks(isian.kodeProgram) != nil || isiTeks(isian.namaProgram) != nil
        let adaPengecualian = isiTeks(isian.pengecualian) != nil || isiTeks(isian.alasanPengecualian) != nil
        if adaProgram && adaPengecualian {
            p.tambah(
                "rujukanPerencanaan",
                "Isi salah satu saja: program dalam RPJMD/Renstra yang didukung, atau pengecualian (keadaan darurat, "
                    + "program strategis nasional, atau tugas pembantuan) (PP 28/2018 Pasal 4 ayat (2)–(3)).")
        }
    }

    /// On submission: what is still missing, except for fields whose value was already refused.
    private static func tambahKekurangan(_ u: UsulanPotensi, _ p: inout Pemeriksa) {
        let sudahDitolak = Set(p.kesalahan.map(\.field))
        for k in u.kekuranganUntukDiajukan where !sudahDitolak.contains(k.field) {
            // A refused programme/exception value already explains the planning link.
            if k.field == "rujukanPerencanaan"
                && !sudahDitolak.isDisjoint(with: ["kodeProgram", "namaProgram", "pengecualian", "alasanPengecualian"])
            {
                continue
            }
            p.tambah(k.field, k.pesan)
        }
    }

    // MARK: Helpers

    private static func isiTeks(_ s: String?) -> String? {
        guard let t = s?.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }

    /// Raw value, compared without case.
    private static func cocokkan<T: CaseIterable & RawRepresentable>(_ t: String, _: T.Type) -> T?
    where T.RawValue == String {
        let kecil = t.lowercased()
        return T.allCases.first { $0.rawValue.lowercased() == kecil }
    }

    /// A value echoed in a message: at most 20 characters, control characters removed.
    private static func tampilan(_ t: String) -> String {
        let bersih = String(String.UnicodeScalarView(t.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        return bersih.count > 20 ? String(bersih.prefix(20)) + "…" : bersih
    }
}
