import Fluent
import Foundation
import Testing

@testable import JalinServer

/// The hand-written property lists (`SifatModel.swift`) replace FluentKit's reflection; a field missing
/// from a list would silently never be saved or loaded, so each list is checked against reflection.
@Suite("Daftar properti model tanpa refleksi")
struct ModelPropertiesTests {
    @Test("Every model's hand-written property list holds exactly the properties reflection finds")
    func samaDenganRefleksi() {
        for jenis in DaftarModel.semua {
            let model = jenis.init()
            let tertulis = model.properties.map { ObjectIdentifier($0) }
            let direfleksi = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyProperty }.map { ObjectIdentifier($0) }
            #expect(tertulis.count == Set(tertulis).count, "\(jenis): a property is listed twice")
            #expect(Set(tertulis) == Set(direfleksi), "\(jenis): the list in SifatModel.swift differs from the model's properties")
            let kunci = model.properties.compactMap { $0 as? any AnyDatabaseProperty }.flatMap(\.keys)
            let kunciRefleksi = Mirror(reflecting: model).children.compactMap { $0.value as? any AnyDatabaseProperty }.flatMap(\.keys)
            #expect(kunci.map(\.description).sorted() == kunciRefleksi.map(\.description).sorted(), "\(jenis)")
        }
    }

    @Test("Every model class in the sources is in the list")
    func semuaModelTerdaftar() throws {
        let sumber = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/JalinServer")
            .standardized
        let berkas =
            FileManager.default.enumerator(at: sumber, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL }.filter {
                $0.pathExtension == "swift"
            } ?? []
        #expect(!berkas.isEmpty)
        let pola = try Regex(#"final class (\w+): Model\b"#)
        var nama: Set<String> = []
        for b in berkas {
            let teks = try String(contentsOf: b, encoding: .utf8)
            for m in teks.matches(of: pola) { nama.insert(String(teks[m.output[1].range!])) }
        }
        let terdaftar = Set(DaftarModel.semua.map { String(describing: $0) })
        #expect(nama == terdaftar, "models without a property list: \(nama.subtracting(terdaftar).sorted())")
    }

    @Test("A model still saves and loads every field through the hand-written list")
    func simpanMuat() async throws {
        try await denganJalin { app in
            let kukar = try await app.pemda("64.02")
            let m = MitraRecord(
                pemdaID: kukar.id!, jenis: .pihakKetiga, nama: "Mitra Uji Properti", kodeWilayah: "64.02", keterangan: "catatan")
            try await m.create(on: app.db)
            let dimuat = try #require(try await MitraRecord.find(m.id, on: app.db))
            #expect(dimuat.nama == "Mitra Uji Properti" && dimuat.jenis == .pihakKetiga && dimuat.pemdaID == kukar.id)
            #expect(dimuat.kodeWilayah == "64.02" && dimuat.keterangan == "catatan" && dimuat.version == 1 && dimuat.dibuatPada != nil)
            dimuat.alamat = "Tenggarong"
            try await dimuat.save(on: app.db)
            #expect(try await MitraRecord.find(m.id, on: app.db)?.alamat == "Tenggarong")
        }
    }
}
