import Testing
@testable import JalinDomain

@Suite("UrutanPihak: parties are named KESATU, KEDUA, … in signing order")
struct BahasaPihakTests {
    static let ordinal = [
        "kesatu", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan",
        "kesepuluh", "kesebelas", "kedua belas", "ketiga belas", "keempat belas", "kelima belas",
        "keenam belas", "ketujuh belas", "kedelapan belas", "kesembilan belas", "kedua puluh",
        "kedua puluh satu", "kedua puluh dua", "kedua puluh tiga", "kedua puluh empat", "kedua puluh lima",
    ]

    @Test("Ordinals 1 to 25 are built from the number words", arguments: Array(1...25))
    func ordinal(i: Int) {
        #expect(UrutanPihak.ordinal(i) == Self.ordinal[i - 1])
    }

    @Test("Party designations are in capitals, and the first party is KESATU, not PERTAMA", arguments: Array(1...25))
    func sebutan(i: Int) {
        #expect(UrutanPihak.sebutan(i) == "PIHAK " + Self.ordinal[i - 1].uppercased())
        #expect(!UrutanPihak.sebutan(i).contains("PERTAMA"))
    }

    @Test("The designations used in the sample agreement")
    func contoh() {
        #expect(UrutanPihak.sebutan(1) == "PIHAK KESATU")
        #expect(UrutanPihak.sebutan(2) == "PIHAK KEDUA")
        #expect(UrutanPihak.sebutan(3) == "PIHAK KETIGA")
        #expect(UrutanPihak.sebutan(10) == "PIHAK KESEPULUH")
        #expect(UrutanPihak.sebutan(11) == "PIHAK KESEBELAS")
        #expect(UrutanPihak.sebutan(12) == "PIHAK KEDUA BELAS")
        #expect(UrutanPihak.paraPihak == "PARA PIHAK")
        #expect(UrutanPihak.ordinal(100) == "keseratus")
        #expect(UrutanPihak.ordinal(1000) == "keseribu")
    }

    @Test("Ordinal zero is a programming error")
    func nol() async {
        await #expect(processExitsWith: .failure) { _ = UrutanPihak.ordinal(0) }
    }

    @Test("Roman numerals outside 1…3999 are a programming error")
    func romawiLuarRentang() async {
        await #expect(processExitsWith: .failure) { _ = Angka.romawi(0) }
        await #expect(processExitsWith: .failure) { _ = Angka.romawi(4000) }
    }
}
