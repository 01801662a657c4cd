/// A labelled value on a page (a `<dl>` row): a submission's fields, a cooperation's facts, an import's lines.
struct Medan: Encodable {
    let label: String
    let nilai: String
}

/// One entry of a record's history as a page shows it: when, who, what, to which status, and the note.
struct BarisRiwayat: Encodable {
    let waktu: String
    let pengguna: String
    let aksi: String
    let ke: String
    let catatan: String?
}
