import Foundation

// The values of an import of existing agreements (`ImporKerjaSama`).

/// One column of the import template.
public struct KolomImpor: Sendable, Hashable, Codable {
    /// The header text, lowercase snake_case, e.g. `"tanggal_mulai"`.
    public let nama: String
    public let wajib: Bool
    /// What to write in it, in Bahasa Indonesia, for the downloadable template.
    public let keterangan: String
    /// The value of the template's example row.
    public let contoh: String

    public init(nama: String, wajib: Bool, keterangan: String, contoh: String) {
        self.nama = nama
        self.wajib = wajib
        self.keterangan = keterangan
        self.contoh = contoh
    }
}

/// One problem (or note) of an import, at a line of the file.
public struct MasalahImpor: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The line number as the user sees it in the spreadsheet (the header is `barisPertama - 1`).
    public let baris: Int
    /// The column's header name, or nil for a problem of the whole line or file.
    public let kolom: String?
    public let pesan: String

    public init(baris: Int, kolom: String?, pesan: String) {
        self.baris = baris
        self.kolom = kolom
        self.pesan = pesan
    }

    public var description: String {
        "Baris \(baris)" + (kolom.map { ", kolom \($0)" } ?? "") + ": " + pesan
    }
}

/// One validated agreement of the import, with typed values.
public struct EntriImpor: Sendable, Equatable, Codable {
    /// The line number in the file.
    public var baris: Int
    /// Stable idempotency key: the same agreement (normalised nomor pihak kesatu, mitra and dokumen)
    /// always gives the same key, so re-importing a file does not duplicate records.
    public var kunci: String
    public var nomorPihakKesatu: String
    public var nomorPihakKedua: String?
    public var judul: String
    public var jenis: JenisKerjaSama
    public var dokumen: JenisDokumen
    public var mitra: String
    /// Nil when the column is empty and the kind admits more than one kind of partner.
    public var jenisMitra: JenisMitra?
    public var kodeWilayahMitra: KodeWilayah?
    public var urusan: [BidangUrusan]
    public var perangkatDaerah: String?
    public var tanggalTandaTangan: Tanggal?
    public var tanggalMulai: Tanggal
    public var tanggalBerakhir: Tanggal
    /// In sen (1/100 rupiah), never negative.
    public var nilaiSen: Int64?
    public var sumberDana: String?
    public var keterangan: String?
    /// `.berakhir` when `tanggalBerakhir` is before the import day, else `.pelaksanaan`.
    public var status: Tahap
}

/// The outcome of checking an import file.
public struct HasilPeriksaImpor: Sendable, Equatable {
    /// The lines without any problem, in file order.
    public var entri: [EntriImpor]
    /// Every problem, by line then column; a line with a problem has no entry.
    public var masalah: [MasalahImpor]
    /// Notes that do not block the import (ignored columns, lenient readings), by line.
    public var catatan: [MasalahImpor]
    /// Lines that hold data (entirely empty lines are skipped and not counted).
    public var jumlahBaris: Int

    public init(entri: [EntriImpor], masalah: [MasalahImpor], catatan: [MasalahImpor], jumlahBaris: Int) {
        self.entri = entri
        self.masalah = masalah
        self.catatan = catatan
        self.jumlahBaris = jumlahBaris
    }

    /// Every data line is valid and there is at least one.
    public var bisaDiimporSemua: Bool { masalah.isEmpty && !entri.isEmpty }
}
