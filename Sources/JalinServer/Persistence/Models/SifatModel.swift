import Fluent

// Every model lists its Fluent properties by hand. FluentKit's default `properties` finds them with
// reflection on every row it decodes or saves, which was a third of the CPU time of a list page
// (perf, /kerja-sama with the national data set). `ModelPropertiesTests` checks each list against the
// reflected one, so a field added to a model and not here fails the tests.

/// The models whose property lists are written here (the test walks this list).
enum DaftarModel {
    static let semua: [any Model.Type] = [
        Lampiran.self,
        BidangUrusanRecord.self,
        CatatanAudit.self,
        KerjaSamaRecord.self,
        RiwayatKerjaSama.self,
        Penandatanganan.self,
        Kewajiban.self,
        PengingatTerkirim.self,
        Notifikasi.self,
        TokenKalender.self,
        Mitra.self,
        PeriodeMonev.self,
        EvaluasiMonev.self,
        IsianMonevRecord.self,
        RubrikMonevRecord.self,
        NaskahRecord.self,
        VersiNaskah.self,
        KomentarNaskah.self,
        KlausulRecord.self,
        AturanNaskahRecord.self,
        Pemda.self,
        PeriodePemetaan.self,
        UsulanRecord.self,
        RiwayatUsulan.self,
        PerbandinganAnggota.self,
        NilaiUsulan.self,
        BatasRecord.self,
        TetanggaRecord.self,
        Pengguna.self,
        PercobaanMasuk.self,
        Sesi.self,
        KelasSimulasi.self,
        PesertaSimulasi.self,
        TokenAPI.self,
        UnitKerja.self,
        Wilayah.self,
        CatatanImporWilayah.self,
    ]
}

extension Lampiran {
    var properties: [any AnyProperty] { [$id, $pemdaID, $entitas, $entitasID, $namaAsli, $tipe, $ukuran, $sha256, $diunggahOleh, $waktu] }
}

extension BidangUrusanRecord {
    var properties: [any AnyProperty] { [$id, $nama, $kelompok, $edisi, $aktif] }
}

extension CatatanAudit {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $namaPengguna, $aksi, $entitas, $entitasID, $sebelum, $sesudah, $waktu, $ip] }
}

extension KerjaSamaRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $judul, $objek, $jenis, $tahap, $siklusJSON, $urusan, $lokasi, $mitra, $unit, $nilai, $sumberDana, $tanggalMulai, $tanggalBerakhir, $usulanID, $kodeProgram, $namaProgram, $indukID, $hubungan, $perpanjanganKe, $kunciImpor, $contoh, $version, $dibuatPada, $diubahPada] }
}

extension RiwayatKerjaSama {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kerjaSamaID, $waktu, $pengguna, $uraian, $dari, $ke, $catatan] }
}

extension Penandatanganan {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kerjaSamaID, $dokumen, $nomorJSON, $tanggal, $tempat, $penandatanganJSON, $paraf, $materai, $stempel, $lampiranID, $sha256, $waktu, $oleh] }
}

extension Kewajiban {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kerjaSamaID, $uraian, $pemilik, $jatuhTempo, $periode, $status, $buktiID, $version] }
}

extension PengingatTerkirim {
    var properties: [any AnyProperty] { [$id, $kunci, $waktu] }
}

extension Notifikasi {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $judul, $isi, $tautan, $dibuat, $dibaca] }
}

extension TokenKalender {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $tokenHash, $dibuat] }
}

extension Mitra {
    var properties: [any AnyProperty] { [$id, $pemdaID, $jenis, $nama, $kodeWilayah, $alamat, $keterangan, $contoh, $version, $dibuatPada] }
}

extension PeriodeMonev {
    var properties: [any AnyProperty] { [$id, $pemdaID, $nama, $mulai, $selesai, $dibuka, $rubrikJSON, $contoh, $version, $ditutupPada, $dibuatPada, $tampilkanIsian] }
}

extension EvaluasiMonev {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $kerjaSamaID, $unitID, $urusan, $mitra, $jenis, $nilaiAkhir, $rekomendasiAkhir, $catatanAkhir, $indeks, $rincianJSON, $usulanID, $version] }
}

extension IsianMonevRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $evaluasiID, $peran, $pihakID, $penggunaID, $jawabanJSON, $bukti, $waktu, $version] }
}

extension RubrikMonevRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $versi, $rubrikJSON, $dibuatPada] }
}

extension NaskahRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $jenis, $jenisKerjaSama, $judul, $unitID, $mitraID, $usulanID, $indukID, $status, $dibagikan, $dibagikanSejak, $dibagikanPada, $versiTerkini, $isiJSON, $ditandatanganiPada, $contoh, $version, $dibuatOleh, $dibuatPada, $diubahPada] }
}

extension VersiNaskah {
    var properties: [any AnyProperty] { [$id, $pemdaID, $naskahID, $nomor, $isiJSON, $sumber, $catatan, $penggunaID, $pengguna, $waktu] }
}

extension KomentarNaskah {
    var properties: [any AnyProperty] { [$id, $pemdaID, $naskahID, $indukID, $pasalKunci, $pasalLabel, $versi, $penggunaID, $nama, $asal, $dariMitra, $isi, $selesai, $diselesaikanOleh, $waktu] }
}

extension KlausulRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kode, $varian, $versi, $isiJSON, $pengguna, $waktu] }
}

extension AturanNaskahRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $isiJSON, $version, $diubahPada] }
}

extension Pemda {
    var properties: [any AnyProperty] { [$id, $kodeWilayah, $nama, $demo, $dibuatPada] }
}

extension PeriodePemetaan {
    var properties: [any AnyProperty] { [$id, $pemdaID, $judul, $tahun, $batasWaktu, $dibuka, $kriteriaJSON, $topN, $unitDiundang, $version, $dibuatPada] }
}

extension UsulanRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $unitID, $status, $isiJSON, $jenis, $judul, $urusan, $lokasi, $catatan, $publik, $contoh, $version, $dibuatOleh, $dibuatPada, $diubahPada] }
}

extension RiwayatUsulan {
    var properties: [any AnyProperty] { [$id, $pemdaID, $usulanID, $waktu, $pengguna, $aksi, $dari, $ke, $catatan, $isiJSON] }
}

extension PerbandinganAnggota {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $penggunaID, $matriksJSON, $diubahPada] }
}

extension NilaiUsulan {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $usulanID, $penggunaID, $nilaiJSON, $alasan, $diubahPada] }
}

extension BatasRecord {
    var properties: [any AnyProperty] { [$id, $nama, $tingkat, $geometri, $labelLng, $labelLat] }
}

extension TetanggaRecord {
    var properties: [any AnyProperty] { [$id, $kodeA, $kodeB, $sumber] }
}

extension Pengguna {
    var properties: [any AnyProperty] { [$id, $pemdaID, $namaPengguna, $namaLengkap, $email, $hashSandi, $peran, $unitID, $mitraID, $aktif, $version, $dibuatPada, $diubahPada, $masukTerakhir, $wajibGantiSandi] }
}

extension PercobaanMasuk {
    var properties: [any AnyProperty] { [$id, $gagal, $mulai, $terkunciSampai] }
}

extension Sesi {
    var properties: [any AnyProperty] { [$id, $tokenHash, $penggunaID, $pemdaID, $csrf, $dibuatPada, $dilihatPada, $kedaluwarsa, $ip] }
}

extension KelasSimulasi {
    var properties: [any AnyProperty] { [$id, $pemdaID, $nama, $tanggal, $berlakuSampai, $kode, $dibuatOleh, $version, $dibuatPada] }
}

extension PesertaSimulasi {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kelasID, $nomor, $namaPengguna, $hashSandi, $disiapkanPada, $masukTerakhir] }
}

extension TokenAPI {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $nama, $tokenHash, $prefiks, $dibuatPada, $dipakaiPada, $kedaluwarsa, $dicabut] }
}

extension UnitKerja {
    var properties: [any AnyProperty] { [$id, $pemdaID, $jenis, $nama, $singkatan, $kodeWilayah, $urusan, $contoh, $aktif, $version, $dibuatPada, $diubahPada] }
}

extension Wilayah {
    var properties: [any AnyProperty] { [$id, $nama, $tingkat, $induk, $edisi, $pensiun] }
}

extension CatatanImporWilayah {
    var properties: [any AnyProperty] { [$id, $edisi, $namaBerkas, $sha256, $jumlahBaris, $ditambah, $diubah, $dipensiunkan, $diaktifkan, $waktu] }
}
