import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import JalinNaskah
import Testing

@Suite("Escaping for documents and spreadsheets")
struct EscapeTests {
    @Test("XML text escapes markup and drops characters XML forbids")
    func xml() throws {
        #expect(Escape.xml("<a href=\"x\">A & B's</a>") == "&lt;a href=&quot;x&quot;&gt;A &amp; B&apos;s&lt;/a&gt;")
        #expect(Escape.xml("a\u{0}b\u{7}c\u{1F}d\u{FFFE}") == "abcd")
        #expect(Escape.xml("baris\nbaru\ttab") == "baris\nbaru\ttab")
        #expect(Escape.xml("Kerja sama 🤝 Kukar–IKN") == "Kerja sama 🤝 Kukar–IKN")
        // Each character alone (text without any is returned as it is, so each must be noticed).
        for (masuk, keluar) in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&apos;"), ("x\u{1}", "x"),
                                ("\u{FFFF}", ""), ("\u{F8FF}", "\u{F8FF}"), ("\r", "\r")] {
            #expect(Escape.xml(masuk) == keluar, "\(masuk.unicodeScalars.map(\.value))")
        }
        // The result parses as XML, whatever was typed.
        let jahat = "<script>&\u{1}\u{8}\"'</script>😀" + String(repeating: "x", count: 1000)
        let doc = "<r a=\"\(Escape.xml(jahat))\">\(Escape.xml(jahat))</r>"
        let parsed = try XMLDocument(xmlString: doc)
        #expect(parsed.rootElement()?.stringValue?.contains("<script>") == true)
    }

    @Test("Spreadsheet cells that would start a formula are neutralised")
    func formula() {
        for s in ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "=cmd|' /C calc'!A0"] {
            #expect(Escape.selSpreadsheet(s).hasPrefix("'"), "\(s)")
        }
        #expect(Escape.selSpreadsheet("Dinas Perhubungan") == "Dinas Perhubungan")
        #expect(Escape.csv("a,b") == "\"a,b\"")
        #expect(Escape.csv("kata \"kutip\"") == "\"kata \"\"kutip\"\"\"")
        #expect(Escape.csv("=1+1,x") == "\"'=1+1,x\"")
    }
}
