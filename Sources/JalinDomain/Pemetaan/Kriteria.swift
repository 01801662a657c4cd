import Foundation

/// One criterion the TKKSD uses to score submissions in a mapping round (pemetaan potensi).
///
/// `kode` is the stable machine key (used in score maps and in the pairwise matrix order),
/// `nama` the label shown to users, `keterangan` the guidance shown next to the score input.
public struct Kriteria: Sendable, Hashable, Codable {
    public var kode: String
    public var nama: String
    public var keterangan: String

    public init(kode: String, nama: String, keterangan: String) {
        self.kode = kode
        self.nama = nama
        self.keterangan = keterangan
    }

    /// The most criteria a list may hold: Saaty's random index is tabulated up to n = 15.
    public static let jumlahMaksimum = 15

    /// Validates a criteria list edited by the admin: 1…15 entries, unique codes made of lowercase
    /// letters, digits, `-` or `_`, and a name for every entry. All problems are reported at once.
    public static func periksa(_ daftar: [Kriteria]) throws(KesalahanValidasi) {
        var pemeriksa = Pemeriksa()
        if daftar.isEmpty {
            pemeriksa.tambah("kriteria", "Daftar kriteria paling sedikit berisi satu kriteria.")
        } else if daftar.count > jumlahMaksimum {
            pemeriksa.tambah("kriteria", "Daftar kriteria paling banyak berisi \(jumlahMaksimum) kriteria.")
        }
        var kodeTerpakai = Set<String>()
        for (i, k) in daftar.enumerated() {
            let kode = k.kode.trimmingCharacters(in: .whitespacesAndNewlines)
            if kode.isEmpty {
                pemeriksa.tambah("kriteria[\(i)].kode", "Kode kriteria wajib diisi.")
            } else if !kode.unicodeScalars.allSatisfy(Self.karakterKodeSah) {
                pemeriksa.tambah(
                    "kriteria[\(i)].kode",
                    "Kode kriteria hanya boleh berisi huruf kecil, angka, tanda hubung, atau garis bawah."
                )
            } else if !kodeTerpakai.insert(kode).inserted {
                pemeriksa.tambah("kriteria[\(i)].kode", "Kode kriteria \"\(kode)\" sudah dipakai.")
            }
            if k.nama.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                pemeriksa.tambah("kriteria[\(i)].nama", "Nama kriteria wajib diisi.")
            }
        }
        try pemeriksa.selesai()
    }

    private static func karakterKodeSah(_ c: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "-" || c == "_"
    }
}

/// The default criteria for scoring cooperation potentials (Scenario A step 5). The admin may edit
/// the list per mapping round; this is the starting point.
public enum KriteriaBawaan {
    public static let tujuan = Kriteria(
        kode: "tujuan",
        nama: "Kesamaan tujuan",
        keterangan: "Kesamaan tujuan dan kepentingan para pihak terhadap hasil kerja sama."
    )
    public static let kapasitas = Kriteria(
        kode: "kapasitas",
        nama: "Kapasitas daerah",
        keterangan: "Kemampuan kelembagaan, sumber daya manusia, dan anggaran daerah untuk melaksanakan kerja sama."
    )
    public static let komplementer = Kriteria(
        kode: "komplementer",
        nama: "Komplementaritas sumber daya",
        keterangan: "Sejauh mana sumber daya yang dimiliki para pihak saling melengkapi."
    )
    public static let kepercayaan = Kriteria(
        kode: "kepercayaan",
        nama: "Keterbukaan dan kepercayaan",
        keterangan: "Tingkat keterbukaan, rekam jejak, dan saling percaya di antara para pihak."
    )
    public static let perencanaan = Kriteria(
        kode: "perencanaan",
        nama: "Kesesuaian RPJMD/Renstra",
        keterangan: "Keselarasan usulan dengan RPJMD dan Renstra perangkat daerah."
    )
    public static let ikn = Kriteria(
        kode: "ikn",
        nama: "Peluang IKN",
        keterangan: "Peluang yang timbul dari pembangunan Ibu Kota Nusantara."
    )
    public static let urgensi = Kriteria(
        kode: "urgensi",
        nama: "Urgensi",
        keterangan: "Tingkat kemendesakan penanganan permasalahan atau pemanfaatan potensi."
    )

    /// The seven default criteria, in the order used for the pairwise comparison matrix.
    public static let semua: [Kriteria] = [tujuan, kapasitas, komplementer, kepercayaan, perencanaan, ikn, urgensi]
}
