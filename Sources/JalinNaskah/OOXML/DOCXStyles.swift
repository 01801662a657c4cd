import Foundation

/// The fixed parts of a DOCX: styles, numbering definitions, settings, and the watermark shape.
enum GayaDOCX {
    /// Hanging indent of list items: 1 cm.
    static let indenDaftar = 567

    /// `word/styles.xml`: document defaults from the document's font and size, and the styles the
    /// body uses. Headings are real headings ("heading 1"–"heading 3", with outline levels), so
    /// they show in the navigation pane and python-docx sees them.
    static func gaya(_ d: DokumenDOCX) -> BagianPaket {
        let sz = max(2, Int((d.ukuranFont * 2).rounded()))  // half-points
        let baris = Int((max(d.spasiBaris, 0.5) * 240).rounded())  // 240 = single spacing
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:styles "); w.rawString(DOCX.nsW); w.raw(">")
        w.raw("<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"")
        w.teks(d.font); w.raw("\" w:hAnsi=\""); w.teks(d.font); w.raw("\" w:eastAsia=\"")
        w.teks(d.font); w.raw("\" w:cs=\""); w.teks(d.font); w.raw("\"/>")
        w.raw("<w:sz w:val=\""); w.angka(sz); w.raw("\"/><w:szCs w:val=\""); w.angka(sz); w.raw("\"/>")
        w.raw("<w:lang w:val=\"id-ID\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
        w.raw("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\""); w.angka(baris)
        w.raw("\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>")

        w.raw("""
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:jc w:val="both"/></w:pPr></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>\
            <w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/><w:caps/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
            """)
        for (i, tengah) in [(1, true), (2, true), (3, false)] {
            w.raw("<w:style w:type=\"paragraph\" w:styleId=\"Heading"); w.angka(i)
            w.raw("\"><w:name w:val=\"heading "); w.angka(i)
            w.raw("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/><w:qFormat/>")
            w.raw("<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"240\" w:after=\"120\"/>")
            w.raw(tengah ? "<w:jc w:val=\"center\"/>" : "<w:jc w:val=\"left\"/>")
            w.raw("<w:outlineLvl w:val=\""); w.angka(i - 1); w.raw("\"/></w:pPr>")
            w.raw("<w:rPr><w:b/><w:bCs/><w:sz w:val=\""); w.angka(sz); w.raw("\"/><w:szCs w:val=\""); w.angka(sz)
            w.raw("\"/></w:rPr></w:style>")
        }
        w.raw("""
            <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>\
            <w:pPr><w:spacing w:after="60"/><w:ind w:left="567" w:hanging="567"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="IsiTabel"><w:name w:val="Isi Tabel"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:customStyle="1" w:styleId="TandaTangan"><w:name w:val="Tanda Tangan"/><w:basedOn w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>\
            <w:pPr><w:tabs><w:tab w:val="center" w:pos="4513"/><w:tab w:val="right" w:pos="9026"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>\
            <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            """)
        w.raw("</w:styles>")
        return BagianPaket("word/styles.xml", w)
    }

    /// `word/numbering.xml`: three single-level definitions (decimal "1.", lower letter "a.", ayat
    /// "(1)"), then one `w:num` per list block. Each `w:num` restarts at 1 through
    /// `lvlOverride/startOverride`, so the ayat of every Pasal count from (1) again while sharing
    /// one definition; blocks that continue a list reuse its `w:num`.
    static func penomoran(_ p: PenomoranDaftar) -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:numbering "); w.rawString(DOCX.nsW); w.raw(">")
        let definisi: [(format: StaticString, teks: StaticString)] = [
            ("decimal", "%1."), ("lowerLetter", "%1."), ("decimal", "(%1)"),
        ]
        for (i, d) in definisi.enumerated() {
            w.raw("<w:abstractNum w:abstractNumId=\""); w.angka(i)
            w.raw("\"><w:multiLevelType w:val=\"singleLevel\"/><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
            w.raw(d.format); w.raw("\"/><w:lvlText w:val=\""); w.raw(d.teks)
            w.raw("\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""); w.angka(indenDaftar)
            w.raw("\" w:hanging=\""); w.angka(indenDaftar); w.raw("\"/></w:pPr></w:lvl></w:abstractNum>")
        }
        for n in p.daftar {
            w.raw("<w:num w:numId=\""); w.angka(n.numId); w.raw("\"><w:abstractNumId w:val=\""); w.angka(n.abstrak)
            w.raw("\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>")
        }
        w.raw("</w:numbering>")
        return BagianPaket("word/numbering.xml", w)
    }

    /// `word/settings.xml`.
    static func pengaturan() -> BagianPaket {
        var w = PenulisXML()
        w.raw(PaketOOXML.deklarasi)
        w.raw("<w:settings "); w.rawString(DOCX.nsW); w.raw(">")
        w.raw("<w:zoom w:percent=\"100\"/><w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>")
        w.raw("<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>")
        w.raw("<w:themeFontLang w:val=\"id-ID\"/>")
        w.raw("</w:settings>")
        return BagianPaket("word/settings.xml", w)
    }

    /// A diagonal, light-grey text watermark behind the page, as Word writes one: a VML WordArt
    /// shape in the header. The text is escaped with `Escape.xml`.
    static func tandaAir(_ w: inout PenulisXML, _ teks: String, font: String) {
        w.raw("""
            <w:r><w:rPr><w:noProof/></w:rPr><w:pict>\
            <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e">\
            <v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>\
            <v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/>\
            <v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>\
            <v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>\
            <v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>\
            <v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>\
            <o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>\
            <v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" \
            style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;z-index:-251657216;\
            mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" \
            o:allowincell="f" fillcolor="silver" stroked="f"><v:fill opacity=".5"/><v:textpath style="font-family:&quot;
            """)
        w.teks(font.replacingOccurrences(of: "\"", with: ""))
        w.raw("&quot;;font-size:1pt\" string=\"")
        w.teks(teks)
        w.raw("\"/><w10:wrap anchorx=\"margin\" anchory=\"margin\"/></v:shape></w:pict></w:r>")
    }
}
