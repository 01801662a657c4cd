import Foundation
import JalinDomain
import Vapor

/// The layout's context, shared by every page: title, user, navigation, CSRF token, messages.
struct Tata: Encodable {
    struct Menu: Encodable {
        let label: String
        let href: String
        let aktif: Bool
        /// A count shown beside the label (unread notifications; "99+" beyond).
        var lencana: String? = nil
    }

    struct Pengguna: Encodable {
        let nama: String
        let peran: String
        let pemda: String
        /// Keys this user's form drafts in the browser (static/isian-lokal.js): not secret, not the user's name,
        /// different for every user, so the next person on a shared PC never sees them.
        let kunciIsian: String

        static func kunciIsian(_ p: Pelaku) -> String {
            String(Rahasia.sha256("isian-lokal|\(p.pemdaID.uuidString)|\(p.penggunaID.uuidString)").prefix(16))
        }
    }

    let judul: String
    let pengguna: Pengguna?
    let menu: [Menu]
    let csrf: String
    let pesan: String?
    let galat: String?
    /// Set on every page of a training sandbox: the banner text.
    var simulasi: String? = nil
}

/// A page's whole context: the layout and the page's own model.
struct Konteks<M: Encodable>: Encodable {
    let tata: Tata
    let m: M
}

/// Fixed flash messages, chosen by a short code in the redirect's query (no user text is echoed).
enum PesanKilat {
    static let teks: [String: String] = [
        "tersimpan": "Perubahan telah disimpan.",
        "dibuat": "Data baru telah disimpan.",
        "diajukan": "Usulan telah diajukan untuk diverifikasi.",
        "prioritas": "Usulan teratas telah ditetapkan sebagai prioritas.",
        "prioritas-sebagian":
            "Usulan teratas yang siap telah diprioritaskan; yang belum memiliki rujukan RPJMD/Renstra atau alasan pengecualian dilewati (PP 28/2018 Pasal 4).",
        "ttd-tercatat": "Penandatanganan telah dicatat; pindaian dikunci dengan sidik SHA-256.",
        "sha-cocok": "Sidik SHA-256 pindaian cocok: berkas tidak berubah sejak dicatat.",
        "sha-tidak-cocok": "PERINGATAN: sidik SHA-256 pindaian tidak cocok atau berkas hilang. Hubungi admin.",
        "impor-selesai": "Impor data kerja sama selesai.",
        "keluar": "Anda telah keluar.",
        "sandi-diubah": "Kata sandi Anda telah diubah.",
        "sandi-direset": "Kata sandi pengguna telah diatur ulang.",
        "token-dicabut": "Token API telah dicabut.",
        "sesi-habis": "Sesi Anda telah berakhir. Silakan masuk kembali.",
        "simulasi-reset": "Ruang simulasi telah dikembalikan ke data contoh awal; peserta membuat ruang baru saat masuk lagi.",
        "simulasi-dihapus": "Kelas simulasi beserta seluruh datanya telah dihapus.",
    ]
}

extension Request {
    func tata(judul: String, galat: String? = nil, belumDibaca: Int? = nil) -> Tata {
        let path = url.path
        var menu: [Tata.Menu] = []
        func item(_ label: String, _ href: String) {
            let aktif = path == href || path.hasPrefix(href + "/")
            menu.append(.init(label: label, href: href, aktif: aktif))
        }
        if let p = pelaku {
            if simulasi != nil { item("Ruang Simulasi", "/simulasi") }
            if p.peran.internalPemda {
                item("Beranda", "/beranda")
                item("Pemetaan Potensi", "/pemetaan")
                item("Naskah", "/naskah")
                item("Kerja Sama", "/kerja-sama")
                item("Monev dan Laporan", "/monev")
                item("Wilayah", "/wilayah")
                item("Panduan", "/panduan")
                if p.peran == .admin { item("Administrasi", "/admin") }
            } else {
                item("Naskah Dibagikan", "/mitra")
                item("Monev", "/monev")
            }
            item("Notifikasi", "/notifikasi")
            if let n = belumDibaca, n > 0, let i = menu.indices.last {
                menu[i].lencana = n > NotifikasiPage.batasHitung ? "99+" : String(n)
            }
            item("Akun", "/akun")
        }
        let kode = (try? query.get(String.self, at: "pesan")) ?? nil
        return Tata(
            judul: judul,
            pengguna: pelaku.map {
                .init(nama: $0.namaLengkap, peran: $0.peran.nama, pemda: $0.pemdaNama, kunciIsian: Tata.Pengguna.kunciIsian($0))
            },
            menu: menu, csrf: tokenCSRF, pesan: kode.flatMap { PesanKilat.teks[$0] }, galat: galat,
            simulasi: simulasi.map {
                "MODE SIMULASI — \($0.kelasNama), peserta \($0.nomor). Data di sini contoh untuk latihan, bukan data resmi; dokumen diberi tanda air SIMULASI."
            })
    }

    /// Renders a Leaf page with the layout context.
    func halaman<M: Encodable>(
        _ template: String, judul: String, _ model: M, status: HTTPStatus = .ok, galat: String? = nil
    ) async throws -> Response {
        let mulai = ContinuousClock.now
        let belum = try await pelaku.asyncMap { try await NotifikasiPage.belumDibaca($0, on: database) }
        let view = try await self.view.render(template, Konteks(tata: tata(judul: judul, galat: galat, belumDibaca: belum), m: model))
        storage[WaktuRenderKey.self] = ContinuousClock.now - mulai
        let res = try await view.encodeResponse(status: status, for: self)
        return res
    }
}

/// Pages with nothing to show but the layout.
struct Kosong: Encodable {}
