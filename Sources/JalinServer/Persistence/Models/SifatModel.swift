import Fluent

// Every model lists its Fluent properties by hand. FluentKit's default `properties` finds them with
// reflection on every row it decodes or saves, which was a third of the CPU time of a list page
// (perf, /kerja-sama with the national data set). `ModelPropertiesTests` checks each list against the
// reflected one, so a field added to a model and not here fails the tests.

/// The models whose property lists are written here (the test walks this list).
enum DaftarModel {
    static let semua: [any Model.Type] = [
        LampiranRecord.self,
        BidangUrusanRecord.self,
        CatatanAuditRecord.self,
        KerjaSamaRecord.self,
        RiwayatKerjaSamaRecord.self,
        PenandatangananRecord.self,
        KewajibanRecord.self,
        PengingatTerkirimRecord.self,
        NotifikasiRecord.self,
        TokenKalenderRecord.self,
        MitraRecord.self,
        PeriodeMonevRecord.self,
        EvaluasiMonevRecord.self,
        IsianMonevRecord.self,
        RubrikMonevRecord.self,
        NaskahRecord.self,
        VersiNaskahRecord.self,
        KomentarNaskahRecord.self,
        KlausulRecord.self,
        AturanNaskahRecord.self,
        PemdaRecord.self,
        PeriodePemetaanRecord.self,
        UsulanRecord.self,
        RiwayatUsulanRecord.self,
        PerbandinganAnggotaRecord.self,
        NilaiUsulanRecord.self,
        BatasRecord.self,
        TetanggaRecord.self,
        PenggunaRecord.self,
        PercobaanMasukRecord.self,
        SesiRecord.self,
        KelasSimulasiRecord.self,
        PesertaSimulasiRecord.self,
        TokenAPIRecord.self,
        UnitKerjaRecord.self,
        WilayahRecord.self,
        CatatanImporWilayahRecord.self,
    ]
}

extension LampiranRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $entitas, $entitasID, $namaAsli, $tipe, $ukuran, $sha256, $diunggahOleh, $waktu] }
}

extension BidangUrusanRecord {
    var properties: [any AnyProperty] { [$id, $nama, $kelompok, $edisi, $aktif] }
}

extension CatatanAuditRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $penggunaID, $namaPengguna, $aksi, $entitas, $entitasID, $sebelum, $sesudah, $waktu, $ip]
    }
}

extension KerjaSamaRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $judul, $objek, $jenis, $tahap, $siklusJSON, $urusan, $lokasi, $mitra, $unit, $nilai, $sumberDana, $tanggalMulai,
            $tanggalBerakhir, $usulanID, $kodeProgram, $namaProgram, $indukID, $hubungan, $perpanjanganKe, $kunciImpor, $contoh, $version,
            $dibuatPada, $diubahPada,
        ]
    }
}

extension RiwayatKerjaSamaRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kerjaSamaID, $waktu, $pengguna, $uraian, $dari, $ke, $catatan] }
}

extension PenandatangananRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $kerjaSamaID, $dokumen, $nomorJSON, $tanggal, $tempat, $penandatanganJSON, $paraf, $materai, $stempel,
            $lampiranID, $sha256, $naskahID, $waktu, $oleh,
        ]
    }
}

extension KewajibanRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $kerjaSamaID, $uraian, $pemilik, $jatuhTempo, $periode, $status, $buktiID, $version]
    }
}

extension PengingatTerkirimRecord {
    var properties: [any AnyProperty] { [$id, $kunci, $waktu] }
}

extension NotifikasiRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $judul, $isi, $tautan, $dibuat, $dibaca, $jenis, $mendesak, $surel] }
}

extension TokenKalenderRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $penggunaID, $tokenHash, $dibuat] }
}

extension MitraRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $jenis, $nama, $kodeWilayah, $alamat, $keterangan, $contoh, $version, $dibuatPada]
    }
}

extension PeriodeMonevRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $nama, $mulai, $selesai, $dibuka, $rubrikJSON, $contoh, $version, $ditutupPada, $dibuatPada, $tampilkanIsian]
    }
}

extension EvaluasiMonevRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $periodeID, $kerjaSamaID, $unitID, $urusan, $mitra, $jenis, $nilaiAkhir, $rekomendasiAkhir, $catatanAkhir,
            $indeks, $rincianJSON, $usulanID, $version,
        ]
    }
}

extension IsianMonevRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $evaluasiID, $peran, $pihakID, $penggunaID, $jawabanJSON, $bukti, $waktu, $version]
    }
}

extension RubrikMonevRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $versi, $rubrikJSON, $dibuatPada] }
}

extension NaskahRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $jenis, $jenisKerjaSama, $judul, $unitID, $mitraID, $usulanID, $kerjaSamaID, $indukID, $status, $dibagikan,
            $dibagikanSejak, $diterimaVersi, $diterimaOleh,
            $dibagikanPada, $versiTerkini, $isiJSON, $ditandatanganiPada, $contoh, $version, $dibuatOleh, $dibuatPada, $diubahPada,
        ]
    }
}

extension VersiNaskahRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $naskahID, $nomor, $isiJSON, $sumber, $catatan, $penggunaID, $pengguna, $waktu] }
}

extension KomentarNaskahRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $naskahID, $indukID, $pasalKunci, $pasalLabel, $versi, $penggunaID, $nama, $asal, $dariMitra, $isi, $selesai,
            $diselesaikanOleh, $waktu,
        ]
    }
}

extension KlausulRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kode, $varian, $versi, $isiJSON, $pengguna, $waktu] }
}

extension AturanNaskahRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $isiJSON, $version, $diubahPada] }
}

extension PemdaRecord {
    var properties: [any AnyProperty] { [$id, $kodeWilayah, $nama, $demo, $dibuatPada] }
}

extension PeriodePemetaanRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $judul, $tahun, $batasWaktu, $dibuka, $kriteriaJSON, $topN, $unitDiundang, $version, $dibuatPada]
    }
}

extension UsulanRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $periodeID, $unitID, $status, $isiJSON, $jenis, $judul, $urusan, $lokasi, $catatan, $publik, $contoh, $version,
            $dibuatOleh, $dibuatPada, $diubahPada,
        ]
    }
}

extension RiwayatUsulanRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $usulanID, $waktu, $pengguna, $aksi, $dari, $ke, $catatan, $isiJSON] }
}

extension PerbandinganAnggotaRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $penggunaID, $matriksJSON, $diubahPada] }
}

extension NilaiUsulanRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $periodeID, $usulanID, $penggunaID, $nilaiJSON, $alasan, $diubahPada] }
}

extension BatasRecord {
    var properties: [any AnyProperty] { [$id, $nama, $tingkat, $geometri, $labelLng, $labelLat] }
}

extension TetanggaRecord {
    var properties: [any AnyProperty] { [$id, $kodeA, $kodeB, $sumber] }
}

extension PenggunaRecord {
    var properties: [any AnyProperty] {
        [
            $id, $pemdaID, $namaPengguna, $namaLengkap, $email, $hashSandi, $peran, $unitID, $mitraID, $aktif, $version, $dibuatPada,
            $diubahPada, $masukTerakhir, $wajibGantiSandi, $surelNonaktif,
        ]
    }
}

extension PercobaanMasukRecord {
    var properties: [any AnyProperty] { [$id, $gagal, $mulai, $terkunciSampai] }
}

extension SesiRecord {
    var properties: [any AnyProperty] { [$id, $tokenHash, $penggunaID, $pemdaID, $csrf, $dibuatPada, $dilihatPada, $kedaluwarsa, $ip] }
}

extension KelasSimulasiRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $nama, $tanggal, $berlakuSampai, $kode, $dibuatOleh, $version, $dibuatPada] }
}

extension PesertaSimulasiRecord {
    var properties: [any AnyProperty] { [$id, $pemdaID, $kelasID, $nomor, $namaPengguna, $hashSandi, $disiapkanPada, $masukTerakhir] }
}

extension TokenAPIRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $penggunaID, $nama, $tokenHash, $prefiks, $dibuatPada, $dipakaiPada, $kedaluwarsa, $dicabut]
    }
}

extension UnitKerjaRecord {
    var properties: [any AnyProperty] {
        [$id, $pemdaID, $jenis, $nama, $singkatan, $kodeWilayah, $urusan, $contoh, $aktif, $version, $dibuatPada, $diubahPada]
    }
}

extension WilayahRecord {
    var properties: [any AnyProperty] { [$id, $nama, $tingkat, $induk, $edisi, $pensiun] }
}

extension CatatanImporWilayahRecord {
    var properties: [any AnyProperty] {
        [$id, $edisi, $namaBerkas, $sha256, $jumlahBaris, $ditambah, $diubah, $dipensiunkan, $diaktifkan, $waktu]
    }
}
