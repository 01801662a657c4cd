// Keeps what was typed in a form marked `data-isian-lokal` in this browser (localStorage) until the
// server has accepted it, so that a connection that drops during "Kirim" loses nothing: going back to
// the form offers to restore it. Progressive enhancement only — every form works without JavaScript.
// Drafts are kept per user (the page's `data-pengguna`, a per-user key that is not the user's name): on a
// shared PC the next person never sees them, even when the previous session simply expired. "Keluar"
// drops the user's drafts (and the logout response asks the browser to clear the site's storage).
(function () {
  "use strict";
  var AWALAN = "jalin-isian:";
  var TUNDA = "jalin-isian-terkirim";
  var simpan;
  try { simpan = window.localStorage; simpan.setItem("jalin-uji", "1"); simpan.removeItem("jalin-uji"); } catch (e) { return; }
  var pengguna = (document.body && document.body.getAttribute("data-pengguna")) || "tamu";
  var milikPengguna = AWALAN + pengguna + ":";

  function semuaKunci() {
    var k = [];
    for (var i = 0; i < simpan.length; i++) { k.push(simpan.key(i)); }
    return k;
  }
  // Drafts of the earlier format were keyed by the page only, readable by whoever came next: drop them.
  semuaKunci().forEach(function (k) { if (k && k.indexOf(AWALAN + "/") === 0) { simpan.removeItem(k); } });

  // Logging out forgets this user's drafts in this browser.
  Array.prototype.forEach.call(document.querySelectorAll('form[action="/keluar"]'), function (f) {
    f.addEventListener("submit", function () {
      semuaKunci().forEach(function (k) { if (k && k.indexOf(milikPengguna) === 0) { simpan.removeItem(k); } });
      simpan.removeItem(TUNDA);
    });
  });

  function kunci(form) { return milikPengguna + location.pathname + "#" + (form.id || form.getAttribute("action") || ""); }
  function bidang(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "_csrf" && el.name !== "version" && el.type !== "file" && el.type !== "password" &&
        el.type !== "submit" && el.type !== "button" && el.type !== "hidden";
    });
  }
  function baca(form) {
    var isi = {};
    bidang(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        if (el.checked) { (isi[el.name] = isi[el.name] || []).push(el.value); }
      } else if (el.tagName === "SELECT" && el.multiple) {
        isi[el.name] = Array.prototype.filter.call(el.options, function (o) { return o.selected; }).map(function (o) { return o.value; });
      } else {
        isi[el.name] = el.value;
      }
    });
    return isi;
  }
  function tulis(form, isi) {
    bidang(form).forEach(function (el) {
      if (!(el.name in isi)) { if (el.type === "checkbox" || el.type === "radio") { el.checked = false; } return; }
      var v = isi[el.name];
      if (el.type === "checkbox" || el.type === "radio") { el.checked = [].concat(v).indexOf(el.value) >= 0; }
      else if (el.tagName === "SELECT" && el.multiple) { Array.prototype.forEach.call(el.options, function (o) { o.selected = [].concat(v).indexOf(o.value) >= 0; }); }
      else { el.value = v; }
    });
  }
  function sama(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // A submit that reached a page without an error message was accepted: forget its draft.
  var terkirim = simpan.getItem(TUNDA);
  if (terkirim && !document.querySelector(".kilat.galat, .pesan-galat")) {
    var k0 = JSON.parse(terkirim).kunci;
    if (JSON.parse(terkirim).halaman !== location.pathname && String(k0).indexOf(milikPengguna) === 0) { simpan.removeItem(k0); }
  }
  simpan.removeItem(TUNDA);

  Array.prototype.forEach.call(document.querySelectorAll("form[data-isian-lokal]"), function (form) {
    var k = kunci(form);
    var awal = baca(form);
    var tersimpan = simpan.getItem(k);
    if (tersimpan) {
      var data = JSON.parse(tersimpan);
      if (!sama(data.isi, awal)) {
        var kotak = document.createElement("div");
        kotak.className = "kilat info";
        kotak.setAttribute("role", "status");
        var waktu = new Date(data.waktu).toLocaleString("id-ID");
        kotak.innerHTML = "<p>Ada isian yang belum terkirim dari " + waktu.replace(/[<>&]/g, "") + ". </p>";
        var pulih = document.createElement("button");
        pulih.type = "button"; pulih.textContent = "Pulihkan isian";
        var buang = document.createElement("button");
        buang.type = "button"; buang.className = "sekunder"; buang.textContent = "Buang";
        pulih.onclick = function () { tulis(form, data.isi); kotak.remove(); };
        buang.onclick = function () { simpan.removeItem(k); kotak.remove(); };
        kotak.firstChild.appendChild(pulih); kotak.firstChild.appendChild(document.createTextNode(" ")); kotak.firstChild.appendChild(buang);
        form.parentNode.insertBefore(kotak, form);
      }
    }
    form.addEventListener("input", function () { simpan.setItem(k, JSON.stringify({ waktu: Date.now(), isi: baca(form) })); });
    form.addEventListener("change", function () { simpan.setItem(k, JSON.stringify({ waktu: Date.now(), isi: baca(form) })); });
    form.addEventListener("submit", function () {
      simpan.setItem(k, JSON.stringify({ waktu: Date.now(), isi: baca(form) }));
      simpan.setItem(TUNDA, JSON.stringify({ kunci: k, halaman: location.pathname }));
    });
  });
})();
