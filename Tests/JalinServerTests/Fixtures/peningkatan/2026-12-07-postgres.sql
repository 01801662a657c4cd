--
-- PostgreSQL database dump
--

\restrict pX9LhRSrUWAGHksyndLeVNxRkQS7OjRYuHfB2Ra94TPz8VdSH4Mw2SeaeWXW6MS

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: public; Type: SCHEMA; Schema: -; Owner: -
--

-- *not* creating schema, since initdb creates it


--
-- Name: audit_log_append_only(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.audit_log_append_only() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _fluent_migrations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._fluent_migrations (
    id uuid NOT NULL,
    name text NOT NULL,
    batch bigint NOT NULL,
    created_at timestamp with time zone,
    updated_at timestamp with time zone
);


--
-- Name: aturan_naskah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.aturan_naskah (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    isi text NOT NULL,
    version bigint NOT NULL,
    diubah_pada timestamp with time zone
);


--
-- Name: audit_log; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.audit_log (
    id uuid NOT NULL,
    pemda_id uuid,
    pengguna_id uuid,
    nama_pengguna text NOT NULL,
    aksi text NOT NULL,
    entitas text NOT NULL,
    entitas_id text,
    sebelum text,
    sesudah text,
    waktu timestamp with time zone NOT NULL,
    ip text
);


--
-- Name: batas_wilayah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.batas_wilayah (
    kode text NOT NULL,
    nama text NOT NULL,
    tingkat bigint NOT NULL,
    geometri text NOT NULL,
    label_lng double precision,
    label_lat double precision
);


--
-- Name: evaluasi_monev; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.evaluasi_monev (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    periode_id uuid NOT NULL,
    kerja_sama_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    urusan text NOT NULL,
    mitra text NOT NULL,
    jenis text NOT NULL,
    nilai_akhir bigint,
    rekomendasi_akhir text,
    catatan_akhir text,
    indeks double precision,
    rincian text,
    usulan_id uuid,
    version bigint NOT NULL
);


--
-- Name: impor_wilayah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.impor_wilayah (
    id uuid NOT NULL,
    edisi text NOT NULL,
    nama_berkas text NOT NULL,
    sha256 text NOT NULL,
    jumlah_baris bigint NOT NULL,
    ditambah bigint NOT NULL,
    diubah bigint NOT NULL,
    dipensiunkan bigint NOT NULL,
    diaktifkan bigint NOT NULL,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: isian_monev; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.isian_monev (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    evaluasi_id uuid NOT NULL,
    peran text NOT NULL,
    pengguna_id uuid NOT NULL,
    jawaban text NOT NULL,
    bukti text NOT NULL,
    waktu timestamp with time zone NOT NULL,
    version bigint NOT NULL,
    pihak_id uuid NOT NULL
);


--
-- Name: kelas_simulasi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kelas_simulasi (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    nama text NOT NULL,
    tanggal text NOT NULL,
    berlaku_sampai text NOT NULL,
    kode text NOT NULL,
    dibuat_oleh text NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone
);


--
-- Name: kerja_sama; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kerja_sama (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    judul text NOT NULL,
    objek text NOT NULL,
    jenis text NOT NULL,
    tahap text NOT NULL,
    siklus text NOT NULL,
    urusan text NOT NULL,
    lokasi text NOT NULL,
    mitra text NOT NULL,
    unit text NOT NULL,
    nilai bigint,
    sumber_dana text,
    tanggal_mulai text,
    tanggal_berakhir text,
    usulan_id uuid,
    kode_program text,
    nama_program text,
    induk_id uuid,
    hubungan text,
    perpanjangan_ke bigint NOT NULL,
    kunci_impor text,
    contoh boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone,
    diubah_pada timestamp with time zone
);


--
-- Name: kerja_sama_kait; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kerja_sama_kait (
    kerja_sama_id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    jenis text NOT NULL,
    nilai text NOT NULL
);


--
-- Name: ketetanggaan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ketetanggaan (
    id uuid NOT NULL,
    kode_a text NOT NULL,
    kode_b text NOT NULL,
    sumber text NOT NULL
);


--
-- Name: kewajiban; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.kewajiban (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    kerja_sama_id uuid NOT NULL,
    uraian text NOT NULL,
    pemilik text NOT NULL,
    jatuh_tempo text,
    periode text,
    status text NOT NULL,
    bukti_id uuid,
    version bigint NOT NULL
);


--
-- Name: klausul_naskah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.klausul_naskah (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    kode text NOT NULL,
    varian text NOT NULL,
    versi bigint NOT NULL,
    isi text NOT NULL,
    pengguna text NOT NULL,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: komentar_naskah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.komentar_naskah (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    naskah_id uuid NOT NULL,
    induk_id uuid,
    pasal_kunci text NOT NULL,
    pasal_label text NOT NULL,
    versi bigint NOT NULL,
    pengguna_id uuid NOT NULL,
    nama text NOT NULL,
    asal text NOT NULL,
    dari_mitra boolean NOT NULL,
    isi text NOT NULL,
    selesai boolean NOT NULL,
    diselesaikan_oleh text,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: lampiran; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.lampiran (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    entitas text NOT NULL,
    entitas_id uuid NOT NULL,
    nama_asli text NOT NULL,
    tipe text NOT NULL,
    ukuran bigint NOT NULL,
    sha256 text NOT NULL,
    diunggah_oleh text NOT NULL,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: mitra; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mitra (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    jenis text NOT NULL,
    nama text NOT NULL,
    kode_wilayah text,
    alamat text,
    keterangan text,
    contoh boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone
);


--
-- Name: naskah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.naskah (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    jenis text NOT NULL,
    jenis_kerja_sama text,
    judul text NOT NULL,
    unit_id uuid,
    mitra_id uuid,
    usulan_id uuid,
    induk_id uuid,
    status text NOT NULL,
    dibagikan boolean NOT NULL,
    versi_terkini bigint NOT NULL,
    isi text NOT NULL,
    ditandatangani_pada text,
    contoh boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_oleh uuid NOT NULL,
    dibuat_pada timestamp with time zone,
    diubah_pada timestamp with time zone,
    dibagikan_sejak bigint,
    dibagikan_pada timestamp with time zone
);


--
-- Name: nilai_usulan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nilai_usulan (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    periode_id uuid NOT NULL,
    usulan_id uuid NOT NULL,
    pengguna_id uuid NOT NULL,
    nilai text NOT NULL,
    alasan text NOT NULL,
    diubah_pada timestamp with time zone
);


--
-- Name: notifikasi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.notifikasi (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    pengguna_id uuid NOT NULL,
    judul text NOT NULL,
    isi text NOT NULL,
    tautan text NOT NULL,
    dibuat timestamp with time zone NOT NULL,
    dibaca boolean NOT NULL
);


--
-- Name: pemda; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pemda (
    id uuid NOT NULL,
    kode_wilayah text NOT NULL,
    nama text NOT NULL,
    demo boolean NOT NULL,
    dibuat_pada timestamp with time zone
);


--
-- Name: penandatanganan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.penandatanganan (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    kerja_sama_id uuid NOT NULL,
    dokumen text NOT NULL,
    nomor text NOT NULL,
    tanggal text NOT NULL,
    tempat text NOT NULL,
    penandatangan text NOT NULL,
    paraf boolean NOT NULL,
    materai boolean NOT NULL,
    stempel boolean NOT NULL,
    lampiran_id uuid,
    sha256 text,
    waktu timestamp with time zone NOT NULL,
    oleh text NOT NULL
);


--
-- Name: pengguna; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pengguna (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    nama_pengguna text NOT NULL,
    nama_lengkap text NOT NULL,
    email text,
    hash_sandi text NOT NULL,
    peran text NOT NULL,
    unit_id uuid,
    mitra_id uuid,
    aktif boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone,
    diubah_pada timestamp with time zone,
    masuk_terakhir timestamp with time zone,
    wajib_ganti_sandi boolean DEFAULT false NOT NULL
);


--
-- Name: pengingat_terkirim; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pengingat_terkirim (
    id uuid NOT NULL,
    kunci text NOT NULL,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: perbandingan_ahp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.perbandingan_ahp (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    periode_id uuid NOT NULL,
    pengguna_id uuid NOT NULL,
    matriks text NOT NULL,
    diubah_pada timestamp with time zone
);


--
-- Name: percobaan_masuk; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.percobaan_masuk (
    kunci text NOT NULL,
    gagal bigint NOT NULL,
    mulai timestamp with time zone NOT NULL,
    terkunci_sampai timestamp with time zone
);


--
-- Name: periode_monev; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.periode_monev (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    nama text NOT NULL,
    mulai text NOT NULL,
    selesai text NOT NULL,
    dibuka boolean NOT NULL,
    rubrik text NOT NULL,
    contoh boolean NOT NULL,
    version bigint NOT NULL,
    ditutup_pada timestamp with time zone,
    dibuat_pada timestamp with time zone,
    tampilkan_isian boolean DEFAULT false NOT NULL
);


--
-- Name: periode_pemetaan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.periode_pemetaan (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    judul text NOT NULL,
    tahun bigint NOT NULL,
    batas_waktu text NOT NULL,
    dibuka boolean NOT NULL,
    kriteria text NOT NULL,
    top_n bigint NOT NULL,
    unit_diundang text NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone
);


--
-- Name: peserta_simulasi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.peserta_simulasi (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    kelas_id uuid NOT NULL,
    nomor bigint NOT NULL,
    nama_pengguna text NOT NULL,
    hash_sandi text NOT NULL,
    disiapkan_pada timestamp with time zone NOT NULL,
    masuk_terakhir timestamp with time zone
);


--
-- Name: riwayat_kerja_sama; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.riwayat_kerja_sama (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    kerja_sama_id uuid NOT NULL,
    waktu timestamp with time zone NOT NULL,
    pengguna text NOT NULL,
    uraian text NOT NULL,
    dari text,
    ke text NOT NULL,
    catatan text
);


--
-- Name: riwayat_usulan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.riwayat_usulan (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    usulan_id uuid NOT NULL,
    waktu timestamp with time zone NOT NULL,
    pengguna text NOT NULL,
    aksi text NOT NULL,
    dari text,
    ke text NOT NULL,
    catatan text,
    isi text NOT NULL
);


--
-- Name: rubrik_monev; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rubrik_monev (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    versi bigint NOT NULL,
    rubrik text NOT NULL,
    dibuat_pada timestamp with time zone
);


--
-- Name: sesi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sesi (
    id uuid NOT NULL,
    token_hash text NOT NULL,
    pengguna_id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    csrf text NOT NULL,
    dibuat_pada timestamp with time zone NOT NULL,
    dilihat_pada timestamp with time zone NOT NULL,
    kedaluwarsa timestamp with time zone NOT NULL,
    ip text
);


--
-- Name: token_api; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.token_api (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    pengguna_id uuid NOT NULL,
    nama text NOT NULL,
    token_hash text NOT NULL,
    prefiks text NOT NULL,
    dibuat_pada timestamp with time zone,
    dipakai_pada timestamp with time zone,
    kedaluwarsa timestamp with time zone,
    dicabut boolean NOT NULL
);


--
-- Name: token_kalender; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.token_kalender (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    pengguna_id uuid NOT NULL,
    token_hash text NOT NULL,
    dibuat timestamp with time zone NOT NULL
);


--
-- Name: unit_kerja; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.unit_kerja (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    jenis text NOT NULL,
    nama text NOT NULL,
    singkatan text,
    kode_wilayah text,
    urusan text NOT NULL,
    contoh boolean NOT NULL,
    aktif boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_pada timestamp with time zone,
    diubah_pada timestamp with time zone
);


--
-- Name: urusan; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.urusan (
    kode text NOT NULL,
    nama text NOT NULL,
    kelompok bigint NOT NULL,
    edisi text NOT NULL,
    aktif boolean NOT NULL
);


--
-- Name: usulan_potensi; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.usulan_potensi (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    periode_id uuid NOT NULL,
    unit_id uuid NOT NULL,
    status text NOT NULL,
    isi text NOT NULL,
    jenis text NOT NULL,
    judul text NOT NULL,
    urusan text NOT NULL,
    lokasi text NOT NULL,
    catatan text,
    publik boolean NOT NULL,
    contoh boolean NOT NULL,
    version bigint NOT NULL,
    dibuat_oleh uuid NOT NULL,
    dibuat_pada timestamp with time zone,
    diubah_pada timestamp with time zone
);


--
-- Name: versi_naskah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.versi_naskah (
    id uuid NOT NULL,
    pemda_id uuid NOT NULL,
    naskah_id uuid NOT NULL,
    nomor bigint NOT NULL,
    isi text NOT NULL,
    sumber text NOT NULL,
    catatan text,
    pengguna_id uuid NOT NULL,
    pengguna text NOT NULL,
    waktu timestamp with time zone NOT NULL
);


--
-- Name: wilayah; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.wilayah (
    kode text NOT NULL,
    nama text NOT NULL,
    tingkat bigint NOT NULL,
    induk text,
    edisi text NOT NULL,
    pensiun boolean NOT NULL
);


--
-- Data for Name: _fluent_migrations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public._fluent_migrations (id, name, batch, created_at, updated_at) FROM stdin;
15497f21-7db3-428a-8d69-211c08fd7350	JalinServer.M001Pemda	1	2026-12-07 23:22:45.551118+00	2026-12-07 23:22:45.551118+00
1e0ba159-f11a-4fe1-91af-7e212ee9fb1d	JalinServer.M002Urusan	1	2026-12-07 23:22:45.554714+00	2026-12-07 23:22:45.554714+00
0e8fc5ad-60b6-43a7-9534-b5653695c19c	JalinServer.M003Wilayah	1	2026-12-07 23:22:45.564361+00	2026-12-07 23:22:45.564361+00
1960a007-eb56-447b-8ed4-9ce20f6488ab	JalinServer.M004UnitKerja	1	2026-12-07 23:22:45.568192+00	2026-12-07 23:22:45.568192+00
886dd823-4390-4ec2-8c21-f3f866b8fe88	JalinServer.M005Mitra	1	2026-12-07 23:22:45.571556+00	2026-12-07 23:22:45.571556+00
0675f4e2-8bfc-4dcb-9f20-9986da66f06d	JalinServer.M006Pengguna	1	2026-12-07 23:22:45.58864+00	2026-12-07 23:22:45.58864+00
b5944194-9cea-43d1-ac88-78243ff2239f	JalinServer.M007Sesi	1	2026-12-07 23:22:45.592213+00	2026-12-07 23:22:45.592213+00
244a2b04-5849-43d2-94cc-2367f406de55	JalinServer.M008TokenAPI	1	2026-12-07 23:22:45.596987+00	2026-12-07 23:22:45.596987+00
3d384a58-7ee9-4de0-a4df-1aaae105819a	JalinServer.M009PercobaanMasuk	1	2026-12-07 23:22:45.602358+00	2026-12-07 23:22:45.602358+00
0b5a6f96-74b4-498e-89dd-39d5be4164bc	JalinServer.M010Audit	1	2026-12-07 23:22:45.613371+00	2026-12-07 23:22:45.613371+00
95e5a98c-b0e4-4615-8155-7723294fcb7b	JalinServer.M011Pemetaan	1	2026-12-07 23:22:45.640636+00	2026-12-07 23:22:45.640636+00
2a05abe8-50fa-4874-8dfb-189e5375ce14	JalinServer.M012Lampiran	1	2026-12-07 23:22:45.645071+00	2026-12-07 23:22:45.645071+00
67d7127d-7c03-4393-92fd-939d3de986bd	JalinServer.M013KerjaSama	1	2026-12-07 23:22:45.687582+00	2026-12-07 23:22:45.687582+00
1611c7a4-fafa-4692-b254-ae7fcfba27da	JalinServer.M013Naskah	1	2026-12-07 23:22:45.712824+00	2026-12-07 23:22:45.712824+00
288f03eb-baf1-4d39-b084-e8d458d0c5cf	JalinServer.M014Monev	1	2026-12-07 23:22:45.733471+00	2026-12-07 23:22:45.733471+00
9c168cb0-3f69-4245-9578-683c203374a9	JalinServer.M015Simulasi	1	2026-12-07 23:22:45.744624+00	2026-12-07 23:22:45.744624+00
416a1065-afa5-425f-a5d8-3db3368c4b07	JalinServer.M016IndeksDasbor	1	2026-12-07 23:22:45.75044+00	2026-12-07 23:22:45.75044+00
f95743ff-e07a-4b70-8fe5-82547b0c4d44	JalinServer.M017IndeksHalamanNaskah	1	2026-12-07 23:22:45.752402+00	2026-12-07 23:22:45.752402+00
c813b43f-bb9f-4b5f-a100-701d68d416be	JalinServer.M018KaitKerjaSama	1	2026-12-07 23:22:45.764423+00	2026-12-07 23:22:45.764423+00
68e99cb5-0b09-40a7-a75b-ea77a54abcd4	JalinServer.M019IsianMonevPerPihak	1	2026-12-07 23:22:45.778235+00	2026-12-07 23:22:45.778235+00
165129f8-390e-4a36-8eb9-1c72bde71f20	JalinServer.M020NaskahDibagikanSejak	1	2026-12-07 23:22:45.786403+00	2026-12-07 23:22:45.786403+00
2b99cfff-0988-4122-acb1-39d895034ab9	JalinServer.M021AuditTanpaTruncate	1	2026-12-07 23:22:45.793104+00	2026-12-07 23:22:45.793104+00
cb414996-c577-4f59-a9ae-3258dd75b6c2	JalinServer.M022WajibGantiSandi	1	2026-12-07 23:22:45.794861+00	2026-12-07 23:22:45.794861+00
\.


--
-- Data for Name: aturan_naskah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.aturan_naskah (id, pemda_id, isi, version, diubah_pada) FROM stdin;
\.


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.audit_log (id, pemda_id, pengguna_id, nama_pengguna, aksi, entitas, entitas_id, sebelum, sesudah, waktu, ip) FROM stdin;
be4dfc40-d67e-4555-b30f-99dbf7ccfb29	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	\N	sistem	demo.seed	pemda	6D88A14C-78B4-4EBC-A404-E00422F0C3ED	\N	{"nama":"Kabupaten Kutai Kartanegara"}	2026-12-07 23:22:46.533123+00	\N
edb41acb-dcf0-479b-910a-97843c533284	55f89f44-0db5-4ec1-8378-496eba2973b7	\N	sistem	demo.seed	pemda	55F89F44-0DB5-4EC1-8378-496EBA2973B7	\N	{"nama":"Kota Samarinda"}	2026-12-07 23:22:46.540948+00	\N
1a1f515e-2d4f-4417-90c2-ba6c6139c4b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	periode.buka	periode_pemetaan	31408C1E-E769-49FA-AD6B-2243E9A0F75A	\N	{"judul":"Pemetaan Potensi KSD 2026"}	2026-12-07 23:22:46.572131+00	\N
90353b72-a1a1-4e35-8318-1d6e9a0e8aec	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	periode.bobot	perbandingan_ahp	CC84775F-DCB3-44A3-9E9F-C762EA9A1FF6	\N	"{\\"baris\\":[[1,1,0.5,1,0.3333333333333333,0.5,0.3333333333333333],[1,1,2,2,1,1,0.5],[2,0.5,1,1,0.5,0.5,0.3333333333333333],[1,0.5,1,1,0.5,0.5,0.3333333333333333],[3,1,2,2,1,1,0.5],[2,1,2,2,1,1,1],[3,2,3,3,2,1,1]],\\"ukuran\\":7}"	2026-12-07 23:22:46.575793+00	\N
18c2db82-8367-458e-8130-f90b9b56429d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	periode.bobot	perbandingan_ahp	89F0EBA0-9418-49C1-BAF6-D3BD3B190F78	\N	"{\\"baris\\":[[1,1,0.5,2,0.2,0.3333333333333333,0.3333333333333333],[1,1,1,2,0.3333333333333333,1,0.5],[2,1,1,2,0.3333333333333333,0.5,0.5],[0.5,0.5,0.5,1,0.2,0.3333333333333333,0.3333333333333333],[5,3,3,5,1,2,1],[3,1,2,3,0.5,1,0.5],[3,2,2,3,1,2,1]],\\"ukuran\\":7}"	2026-12-07 23:22:46.578132+00	\N
27906c17-715b-4a4d-a5eb-dbef19d871a8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	periode.bobot	perbandingan_ahp	2B54CB90-D1AB-4D51-B009-C3CE85CFC061	\N	"{\\"baris\\":[[1,2,1,2,0.5,0.5,0.5],[0.5,1,0.5,1,0.3333333333333333,0.3333333333333333,0.3333333333333333],[1,2,1,2,0.5,1,0.5],[0.5,1,0.5,1,0.3333333333333333,0.5,0.3333333333333333],[2,3,2,3,1,1,1],[2,3,1,2,1,1,1],[2,3,2,3,1,1,1]],\\"ukuran\\":7}"	2026-12-07 23:22:46.580419+00	\N
d8024f15-5f4a-41cc-9de0-d3682e83bdf0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e52727ba-109c-4823-a060-cc6c4f052c4f	operator.dishub	usulan.buat	usulan_potensi	AF23D6EA-D97C-45E1-A8B5-DAF24E88C105	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}	2026-12-07 23:22:46.587572+00	\N
7d511761-9ae1-45bf-9ce1-48b7459d8b91	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e52727ba-109c-4823-a060-cc6c4f052c4f	operator.dishub	usulan.ajukan	usulan_potensi	AF23D6EA-D97C-45E1-A8B5-DAF24E88C105	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.590554+00	\N
6f1ca022-f4b6-4f6f-8b69-97d80fb7569f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	AF23D6EA-D97C-45E1-A8B5-DAF24E88C105	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.593618+00	\N
78779499-f849-4035-a919-dbb000e030fd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	5BAFAFE1-B254-478E-98C0-6CA3B07044A5	\N	"{\\"komplementer\\":5,\\"kapasitas\\":5,\\"urgensi\\":5,\\"kepercayaan\\":5,\\"perencanaan\\":5,\\"ikn\\":5,\\"tujuan\\":4}"	2026-12-07 23:22:46.597331+00	\N
154d2b8e-33eb-4eea-b6d4-895cf0e9adb7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	AF23D6EA-D97C-45E1-A8B5-DAF24E88C105	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.59962+00	\N
c7897aca-df23-4a96-a795-d026a5d0276e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	CFAD6BEF-3B76-49C6-9967-81D4FD2A5BFB	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":4,\\"kepercayaan\\":5,\\"tujuan\\":5,\\"komplementer\\":4,\\"urgensi\\":5,\\"ikn\\":5}"	2026-12-07 23:22:46.602117+00	\N
a09e56b9-7669-420c-84ab-a4c40ea622d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	43264AAA-4D5F-4881-B090-438966DF1A21	\N	"{\\"kapasitas\\":5,\\"komplementer\\":5,\\"urgensi\\":5,\\"kepercayaan\\":5,\\"perencanaan\\":5,\\"ikn\\":5,\\"tujuan\\":4}"	2026-12-07 23:22:46.604468+00	\N
d75f8e46-7148-4e42-8841-33cbaa180b10	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.prioritaskan	usulan_potensi	AF23D6EA-D97C-45E1-A8B5-DAF24E88C105	{"status":"dinilai"}	{"catatan":"","status":"diprioritaskan"}	2026-12-07 23:22:46.606868+00	\N
8ecc1e62-c882-4508-b374-c37a3ba7c8df	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	91a51e6d-afa3-4373-9f02-8408258e95c9	operator.samboja	usulan.buat	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten, lahan milik daerah","urusan":["1.03"]}	2026-12-07 23:22:46.611526+00	\N
10fa7b82-2379-4c0f-b4bd-320fa1b76804	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	91a51e6d-afa3-4373-9f02-8408258e95c9	operator.samboja	usulan.ajukan	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.61412+00	\N
178f6212-1517-421e-8371-5ec6f66df486	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.kembalikan	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"diajukan"}	{"catatan":"Sebutkan ruas jalan dan lampirkan data kerusakan.","status":"dikembalikan"}	2026-12-07 23:22:46.617177+00	\N
e93c6108-d99b-44df-902d-d4019d1565a8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	AF926206-8CA6-4EE7-B58D-3145CB45E537	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}	2026-12-07 23:22:46.670902+00	\N
dd97c8b7-b01b-46ad-933e-58769a75b132	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	AF926206-8CA6-4EE7-B58D-3145CB45E537	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.676247+00	\N
fae8518c-1393-44e2-9350-1924afb82dd2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	AF926206-8CA6-4EE7-B58D-3145CB45E537	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.679227+00	\N
55a36bd6-2454-4fa1-905b-8d881b40a323	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	91a51e6d-afa3-4373-9f02-8408258e95c9	operator.samboja	usulan.ubah	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten, lahan milik daerah","urusan":["1.03"]}	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}	2026-12-07 23:22:46.622558+00	\N
0acf8a56-8868-4838-876b-34886465c9b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	91a51e6d-afa3-4373-9f02-8408258e95c9	operator.samboja	usulan.ajukan	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"dikembalikan"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.625199+00	\N
f1903a73-7e30-4f8a-a8c8-2e1eb15c81fa	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.627482+00	\N
2eb67fd2-9f29-4428-9d68-6cec8b4d1951	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	8DB4FFFA-8D00-4E98-941D-034511211C0E	\N	"{\\"ikn\\":5,\\"urgensi\\":4,\\"komplementer\\":5,\\"perencanaan\\":5,\\"tujuan\\":5,\\"kapasitas\\":5,\\"kepercayaan\\":5}"	2026-12-07 23:22:46.630006+00	\N
35353d29-0b64-46f7-8a09-ffaf46f17e29	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.632143+00	\N
871c77fb-22de-434a-90e7-10995a83f6e8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	E3724324-789A-4B19-AFA5-9DBE74642333	\N	"{\\"perencanaan\\":5,\\"kapasitas\\":5,\\"kepercayaan\\":4,\\"tujuan\\":4,\\"komplementer\\":5,\\"urgensi\\":5,\\"ikn\\":5}"	2026-12-07 23:22:46.634574+00	\N
acaee3f8-cb97-40d4-ab76-9c72b4ce7cfe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	74A4D388-196C-4214-84E7-90A8A22DCB89	\N	"{\\"tujuan\\":5,\\"perencanaan\\":5,\\"kepercayaan\\":5,\\"urgensi\\":5,\\"komplementer\\":5,\\"ikn\\":5,\\"kapasitas\\":4}"	2026-12-07 23:22:46.636958+00	\N
928ff3f3-40d1-438a-9525-7bd521e13e97	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.prioritaskan	usulan_potensi	F7267E81-E333-4D51-B63D-C05B0DE2751D	{"status":"dinilai"}	{"catatan":"","status":"diprioritaskan"}	2026-12-07 23:22:46.639351+00	\N
58aabd1f-e3e0-4cdb-b11b-479e544e5e04	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1785c446-194b-47eb-82b2-5ce76089271a	operator.karyajaya	usulan.buat	usulan_potensi	A4635889-9154-4582-8B53-1066F877FD0F	\N	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}	2026-12-07 23:22:46.64362+00	\N
310141cb-e850-49ca-bc5c-278782932d31	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1785c446-194b-47eb-82b2-5ce76089271a	operator.karyajaya	usulan.ajukan	usulan_potensi	A4635889-9154-4582-8B53-1066F877FD0F	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.646145+00	\N
5e7245d7-1893-43cf-84df-4b2f1a09086a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	A4635889-9154-4582-8B53-1066F877FD0F	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.648992+00	\N
e617d5a2-9f71-4ee5-90c3-4e3b89291b57	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	BEACFCBB-F267-4039-8A4E-42A67B56BC20	\N	"{\\"komplementer\\":3,\\"kapasitas\\":4,\\"urgensi\\":4,\\"kepercayaan\\":5,\\"perencanaan\\":3,\\"ikn\\":5,\\"tujuan\\":3}"	2026-12-07 23:22:46.651247+00	\N
e83237a7-f95b-4e5f-a0b6-868b84e927a9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	A4635889-9154-4582-8B53-1066F877FD0F	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.653481+00	\N
1248de8b-b30a-45b2-aa75-26d4b142957b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	BB29161E-B71B-460A-8876-6806BB193359	\N	"{\\"ikn\\":3,\\"urgensi\\":4,\\"komplementer\\":5,\\"perencanaan\\":4,\\"tujuan\\":5,\\"kapasitas\\":4,\\"kepercayaan\\":4}"	2026-12-07 23:22:46.65566+00	\N
d7fefc1b-cec8-47b2-adb1-8782152a29e8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	4F76CB5B-5D4B-4F3A-BEB9-4FEC7FBB6DAB	\N	"{\\"perencanaan\\":3,\\"kapasitas\\":5,\\"kepercayaan\\":4,\\"tujuan\\":4,\\"komplementer\\":5,\\"urgensi\\":4,\\"ikn\\":5}"	2026-12-07 23:22:46.657939+00	\N
0ac1e20b-f101-4a36-96ea-dbb9e4a6095f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	694F8694-F4CA-4B35-B8A9-93FCDEA5428A	\N	{"bentuk":"pengadaanBarangJasa","calonMitra":[],"deskripsi":"Pengadaan perangkat jaringan kantor dinas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan perangkat jaringan kantor dinas","kodeProgram":"2.16.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Aplikasi Informatika","sumberDana":"apbd","sumberDayaDibutuhkan":"perangkat jaringan, penyedia barang","sumberDayaDimiliki":"anggaran belanja modal","urusan":["2.16"]}	2026-12-07 23:22:46.661266+00	\N
3e4b7f66-bfc3-4f71-b218-0f05137cd431	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	694F8694-F4CA-4B35-B8A9-93FCDEA5428A	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.663588+00	\N
26c059ae-ad4d-4a27-a5b9-d63117f85926	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.tolak	usulan_potensi	694F8694-F4CA-4B35-B8A9-93FCDEA5428A	{"status":"diajukan"}	{"catatan":"Bukan kerja sama daerah: pengadaan\\/swakelola internal diatur tersendiri (Perpres 16\\/2018 jo. 12\\/2021).","status":"ditolak"}	2026-12-07 23:22:46.666493+00	\N
1d5f7335-a073-4230-a7f2-8dde520e579d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	5A404234-8211-4361-B55B-96ED9310D37F	\N	"{\\"tujuan\\":5,\\"perencanaan\\":4,\\"kepercayaan\\":5,\\"urgensi\\":4,\\"komplementer\\":5,\\"ikn\\":5,\\"kapasitas\\":4}"	2026-12-07 23:22:46.681535+00	\N
3db82393-e758-4232-afcd-71f3a3a9df69	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	AF926206-8CA6-4EE7-B58D-3145CB45E537	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.683647+00	\N
01c4cae2-c433-4f10-b445-8331ff35efcf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	5F460875-3C9A-417B-BABC-CF3750BF833F	\N	"{\\"ikn\\":5,\\"urgensi\\":4,\\"komplementer\\":5,\\"perencanaan\\":5,\\"tujuan\\":5,\\"kapasitas\\":5,\\"kepercayaan\\":4}"	2026-12-07 23:22:46.685985+00	\N
5ed3cb92-853f-4960-b7c4-b882d5ba9638	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	04424707-010E-4B9C-9152-62EDD4C1B3FB	\N	"{\\"tujuan\\":4,\\"perencanaan\\":5,\\"kepercayaan\\":5,\\"urgensi\\":4,\\"komplementer\\":4,\\"ikn\\":5,\\"kapasitas\\":5}"	2026-12-07 23:22:46.68827+00	\N
81e0b3ad-40f9-43ec-b71f-492360f1f270	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.prioritaskan	usulan_potensi	AF926206-8CA6-4EE7-B58D-3145CB45E537	{"status":"dinilai"}	{"catatan":"","status":"diprioritaskan"}	2026-12-07 23:22:46.690562+00	\N
e003f8c2-6a5a-4bf3-9336-564e53dac7af	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	2D544F77-E632-419D-A021-9420A21C6815	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}	2026-12-07 23:22:46.69509+00	\N
0e3caffa-8d49-4451-953d-c487e1bf5ccc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	2D544F77-E632-419D-A021-9420A21C6815	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.697553+00	\N
5b23c8cb-c4f6-46cf-8aa3-8939ff06f9a0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	2D544F77-E632-419D-A021-9420A21C6815	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.700386+00	\N
d99923f7-b79a-4227-8109-43596ac4281e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	7104231B-166B-4C3F-AB69-2638E093A6A9	\N	"{\\"ikn\\":5,\\"urgensi\\":4,\\"komplementer\\":4,\\"perencanaan\\":4,\\"tujuan\\":5,\\"kapasitas\\":3,\\"kepercayaan\\":5}"	2026-12-07 23:22:46.702655+00	\N
c2f0420e-a2a3-4bba-af9e-d3d053d8df41	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	2D544F77-E632-419D-A021-9420A21C6815	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.704765+00	\N
2bf763e0-86fc-47a4-a6b8-e80426e37e32	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	4EAE6862-EF81-4C22-8595-65E2B307A5B7	\N	"{\\"komplementer\\":4,\\"kapasitas\\":3,\\"urgensi\\":4,\\"kepercayaan\\":4,\\"perencanaan\\":4,\\"ikn\\":5,\\"tujuan\\":4}"	2026-12-07 23:22:46.707017+00	\N
14e334d9-4357-4a81-8ef0-1006b65a95c8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	3AE1800F-2C2D-49FB-97EF-E0948993D2AD	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":4,\\"kepercayaan\\":4,\\"tujuan\\":4,\\"komplementer\\":5,\\"urgensi\\":4,\\"ikn\\":4}"	2026-12-07 23:22:46.709352+00	\N
cc1df3fb-d11b-4c3b-85ea-fb4429bcc13e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.prioritaskan	usulan_potensi	2D544F77-E632-419D-A021-9420A21C6815	{"status":"dinilai"}	{"catatan":"","status":"diprioritaskan"}	2026-12-07 23:22:46.711663+00	\N
503ca986-adb0-4f0b-b1ea-be10eda23198	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	BAEBF93B-4D4B-41A6-A06E-37D9FCED2943	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}	2026-12-07 23:22:46.716133+00	\N
82860b7c-93ee-4d8c-998d-f8c475b048b7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	BAEBF93B-4D4B-41A6-A06E-37D9FCED2943	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.71873+00	\N
eaf0b111-aff4-475d-b299-d55f0c2970a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	BAEBF93B-4D4B-41A6-A06E-37D9FCED2943	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.721588+00	\N
a96cf937-07ba-4534-8d5c-3525d4de0e48	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	AAFDE018-4DC0-4FC7-8749-20D83C729D88	\N	"{\\"kapasitas\\":4,\\"komplementer\\":5,\\"urgensi\\":4,\\"kepercayaan\\":5,\\"perencanaan\\":4,\\"ikn\\":5,\\"tujuan\\":4}"	2026-12-07 23:22:46.723936+00	\N
7ca77061-f92d-4bd9-93b3-0e592bb6b7fa	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	BAEBF93B-4D4B-41A6-A06E-37D9FCED2943	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.726123+00	\N
64dc0d01-e08b-43f5-bc77-779faa2cefd1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	F54DEDA5-461D-47CC-9E7A-F2A8553F3F9E	\N	"{\\"perencanaan\\":3,\\"kapasitas\\":5,\\"kepercayaan\\":5,\\"tujuan\\":4,\\"komplementer\\":3,\\"urgensi\\":5,\\"ikn\\":3}"	2026-12-07 23:22:46.728479+00	\N
d226550d-628d-4372-a3ff-4b8b64b6c0b1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	41266EFF-5BF5-4501-A88E-DDF998897B9A	\N	"{\\"kapasitas\\":4,\\"komplementer\\":3,\\"urgensi\\":5,\\"kepercayaan\\":5,\\"perencanaan\\":5,\\"ikn\\":4,\\"tujuan\\":4}"	2026-12-07 23:22:46.730665+00	\N
b2b52078-391e-42dd-8ae3-aa3ce2a431b1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.prioritaskan	usulan_potensi	BAEBF93B-4D4B-41A6-A06E-37D9FCED2943	{"status":"dinilai"}	{"catatan":"","status":"diprioritaskan"}	2026-12-07 23:22:46.733004+00	\N
dce3ea27-afd2-476f-964c-9027edf900a3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	480A9467-44E8-4B86-933A-3B0C70784B04	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.677175+00	\N
0fb510e6-de4e-48a6-ba0d-d6507b7a968f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	7CD84F7A-6A18-4598-935C-D2F8B07139A2	\N	{"jenis":"ksddSukarela","judul":"Layanan kesehatan bergerak Kukar–Samarinda","lokasi":[],"mitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"objek":"Layanan kesehatan bergerak Kukar–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2028-07-30","tanggalMulai":"2023-08-26","unit":["FDA47AF9-905C-4108-9111-4566DACA0E3E"],"urusan":["1.02"]}	2026-12-07 23:22:48.679632+00	\N
e83ad0d9-ac12-4c79-829d-0ae027be6230	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	106877DE-DDE7-48AA-B13C-B65A9011FB61	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}	2026-12-07 23:22:46.737426+00	\N
d1a4a181-283a-4d50-9ed6-babf7bc785be	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	106877DE-DDE7-48AA-B13C-B65A9011FB61	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.73993+00	\N
ae6723b4-b54f-428c-8673-a00a677675e0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	106877DE-DDE7-48AA-B13C-B65A9011FB61	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.742698+00	\N
7f3ba780-e18e-46ab-a457-91f48e305a1b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	50F5201A-92B8-47F6-87B3-173419E911C6	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":5,\\"kepercayaan\\":5,\\"tujuan\\":3,\\"komplementer\\":4,\\"urgensi\\":3,\\"ikn\\":4}"	2026-12-07 23:22:46.7451+00	\N
002e2bff-97c6-4795-b9f0-804b76a88708	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	106877DE-DDE7-48AA-B13C-B65A9011FB61	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.747338+00	\N
39e0e38b-99c1-4e65-a4b4-e22949dd60ba	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	7FC18227-E94E-4C54-9889-318927694B12	\N	"{\\"tujuan\\":3,\\"perencanaan\\":3,\\"kepercayaan\\":3,\\"urgensi\\":3,\\"komplementer\\":4,\\"ikn\\":3,\\"kapasitas\\":5}"	2026-12-07 23:22:46.749697+00	\N
f9205ab5-d939-4ccd-af38-a603a4200424	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	C6D0ADF8-3C37-40B1-A6E6-27D50A566B66	\N	"{\\"ikn\\":5,\\"urgensi\\":4,\\"komplementer\\":5,\\"perencanaan\\":5,\\"tujuan\\":5,\\"kapasitas\\":3,\\"kepercayaan\\":4}"	2026-12-07 23:22:46.751938+00	\N
6646e947-c0b9-4cae-a136-b9f115b42133	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	F9E20464-2733-4A44-A8DE-9B5EEA6A41D2	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}	2026-12-07 23:22:46.75655+00	\N
07446b4c-1da8-4f74-ab04-860aa97be63c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	F9E20464-2733-4A44-A8DE-9B5EEA6A41D2	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.758983+00	\N
3b1e2210-63fd-4f39-8e25-90c926de51f0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	F9E20464-2733-4A44-A8DE-9B5EEA6A41D2	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.761902+00	\N
8a99f121-b514-4e30-bbe9-218b5c7c6804	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	FFBD1DE8-5045-41B3-95BC-464E74942C42	\N	"{\\"komplementer\\":4,\\"tujuan\\":4,\\"urgensi\\":3,\\"kepercayaan\\":2,\\"perencanaan\\":3,\\"ikn\\":2,\\"kapasitas\\":4}"	2026-12-07 23:22:46.764257+00	\N
a8a5d1dc-dc2a-4d54-866a-0a2ee2a5f5f1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	F9E20464-2733-4A44-A8DE-9B5EEA6A41D2	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.76638+00	\N
b3d7609c-a0d0-498f-ae20-1a3f2885b409	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	474E34F6-7A02-4C71-BF8A-954E593657AF	\N	"{\\"tujuan\\":3,\\"perencanaan\\":3,\\"kepercayaan\\":4,\\"urgensi\\":4,\\"komplementer\\":3,\\"ikn\\":2,\\"kapasitas\\":4}"	2026-12-07 23:22:46.768722+00	\N
aa08e9a1-e58a-4785-8f6b-6fe999a0a9cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	DB85178E-4EEE-413E-8230-9E80F905DF10	\N	"{\\"ikn\\":3,\\"urgensi\\":2,\\"komplementer\\":4,\\"perencanaan\\":3,\\"tujuan\\":2,\\"kapasitas\\":4,\\"kepercayaan\\":2}"	2026-12-07 23:22:46.774316+00	\N
9f356f19-7f27-41ce-93bf-a7724afb9128	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	2CCD898E-4F57-4298-B4F0-25F8F58EEB63	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}	2026-12-07 23:22:46.782039+00	\N
0bb753f2-f31b-4855-bac0-ca82bb871cc0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	2CCD898E-4F57-4298-B4F0-25F8F58EEB63	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.788612+00	\N
7a8ae227-a24b-4972-86af-d969846338cf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	2CCD898E-4F57-4298-B4F0-25F8F58EEB63	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.791803+00	\N
f07b8622-0f41-45e1-8149-cee2946317c8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	70BB9C9A-AD95-4D43-84C9-54C2E71BC72A	\N	"{\\"tujuan\\":3,\\"perencanaan\\":3,\\"kepercayaan\\":3,\\"urgensi\\":4,\\"komplementer\\":2,\\"ikn\\":2,\\"kapasitas\\":4}"	2026-12-07 23:22:46.798119+00	\N
5aa5a299-a9ae-4b69-90ff-cec0087a7984	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	2CCD898E-4F57-4298-B4F0-25F8F58EEB63	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.800435+00	\N
29157af4-6eab-4ae1-bdde-f13c2368a135	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	CD86B986-2915-4B48-BC0B-2969E6A4ED55	\N	"{\\"ikn\\":2,\\"urgensi\\":4,\\"komplementer\\":4,\\"perencanaan\\":2,\\"tujuan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":3}"	2026-12-07 23:22:46.804698+00	\N
aad8cb95-e054-4e40-af7d-5fd690e3fb36	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	7BAF8D5E-19E2-4933-8792-31DD4839A97B	\N	"{\\"tujuan\\":2,\\"perencanaan\\":3,\\"kepercayaan\\":4,\\"urgensi\\":4,\\"komplementer\\":4,\\"ikn\\":3,\\"kapasitas\\":4}"	2026-12-07 23:22:46.807081+00	\N
45fd96b3-806a-4826-a287-ba012b45d6d5	55f89f44-0db5-4ec1-8378-496eba2973b7	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	admin.samarinda	usulan.ajukan	usulan_potensi	4373679F-B7B9-4ACC-BBEE-3CB0CAC2AC45	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.136849+00	\N
341e78fa-9aa7-429f-aae5-f196837265bf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	0F21928D-8695-4EBF-8B40-F9E141057D54	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}	2026-12-07 23:22:46.817035+00	\N
ce69b212-ef30-4e0d-a7e7-874f467f06ba	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	0F21928D-8695-4EBF-8B40-F9E141057D54	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.823359+00	\N
7d351940-1982-456f-b389-85a63936346a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	0F21928D-8695-4EBF-8B40-F9E141057D54	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.829626+00	\N
5ad02c55-3d67-4223-b016-d27b66e06f3d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	43642007-3764-40D2-85AC-21B083CBABB6	\N	"{\\"perencanaan\\":5,\\"kapasitas\\":4,\\"kepercayaan\\":4,\\"tujuan\\":5,\\"komplementer\\":3,\\"urgensi\\":3,\\"ikn\\":5}"	2026-12-07 23:22:46.834561+00	\N
6cf37dba-e2c8-4197-8ffb-96d9672deee9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	0F21928D-8695-4EBF-8B40-F9E141057D54	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.838453+00	\N
65f4b288-f995-43ff-81c8-50d2bd755d5f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	0D9AA34A-DBDF-42DB-A25A-1BB26E693E71	\N	"{\\"urgensi\\":4,\\"ikn\\":5,\\"kapasitas\\":4,\\"komplementer\\":3,\\"tujuan\\":5,\\"kepercayaan\\":3,\\"perencanaan\\":3}"	2026-12-07 23:22:46.842507+00	\N
bdc79ece-7031-41ff-8be9-4bcf09928736	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	B3FF74AA-752D-4FA3-94F2-E36A2FC78C80	\N	"{\\"komplementer\\":4,\\"tujuan\\":3,\\"urgensi\\":4,\\"kepercayaan\\":4,\\"perencanaan\\":4,\\"ikn\\":5,\\"kapasitas\\":3}"	2026-12-07 23:22:46.853153+00	\N
0537bb52-54a5-4a4a-a7f5-577789b15dfa	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	3F145785-C076-4661-9FDC-783CEBF47619	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}	2026-12-07 23:22:46.878073+00	\N
7296ec30-170c-4aef-9161-bf8cb086bec6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	3F145785-C076-4661-9FDC-783CEBF47619	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.889869+00	\N
f2695607-d895-464d-94e3-eb137e96f0b6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	3F145785-C076-4661-9FDC-783CEBF47619	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.905355+00	\N
65b5d22b-7b63-43e6-9651-7242245f1c88	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	13DF3265-761F-45C0-AFEA-8F74CF24E971	\N	"{\\"urgensi\\":4,\\"ikn\\":5,\\"komplementer\\":5,\\"perencanaan\\":4,\\"tujuan\\":4,\\"kapasitas\\":3,\\"kepercayaan\\":4}"	2026-12-07 23:22:46.912987+00	\N
4a7c8210-01db-4923-a1d9-c5718f4f46cd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	3F145785-C076-4661-9FDC-783CEBF47619	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:46.925598+00	\N
61349f8e-5801-4c28-a00c-a9038d81805d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	E83E1D9B-3894-4BA2-8067-AFAC9B494BB8	\N	"{\\"ikn\\":4,\\"kapasitas\\":4,\\"kepercayaan\\":5,\\"tujuan\\":3,\\"komplementer\\":3,\\"urgensi\\":3,\\"perencanaan\\":4}"	2026-12-07 23:22:46.937452+00	\N
2a1ea8cf-5bf1-4457-9e87-97b895d61ff9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	FAF21A01-29D7-48DA-9E38-E6EACC3A95B8	\N	"{\\"urgensi\\":3,\\"ikn\\":4,\\"kapasitas\\":4,\\"komplementer\\":4,\\"tujuan\\":5,\\"kepercayaan\\":4,\\"perencanaan\\":4}"	2026-12-07 23:22:46.947515+00	\N
834b483d-e09f-4319-849c-4f237de582da	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	51B51E5A-AE20-45E8-ADB4-E6D2E286FD3A	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}	2026-12-07 23:22:46.970737+00	\N
0cf37b80-c5a6-4f97-93d5-07ccb9878531	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	51B51E5A-AE20-45E8-ADB4-E6D2E286FD3A	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:46.981779+00	\N
ff1a7a02-06ba-4b2a-a7b7-3c0df1d22599	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	51B51E5A-AE20-45E8-ADB4-E6D2E286FD3A	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:46.993767+00	\N
7ff74522-3314-47eb-80fc-44ed2626f6b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	6974EF7F-3D2A-4C61-8251-D5EB6253E316	\N	"{\\"ikn\\":2,\\"urgensi\\":4,\\"komplementer\\":2,\\"perencanaan\\":3,\\"tujuan\\":2,\\"kapasitas\\":3,\\"kepercayaan\\":2}"	2026-12-07 23:22:46.99795+00	\N
c192e767-a46f-405d-af89-dbba183e1970	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	51B51E5A-AE20-45E8-ADB4-E6D2E286FD3A	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.00933+00	\N
f9549c8f-9a1e-4b53-8b7c-1b1ac9919b33	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	0E5B4DE2-207E-4CE8-A55C-89A99000D639	\N	"{\\"urgensi\\":3,\\"ikn\\":2,\\"kapasitas\\":2,\\"komplementer\\":4,\\"tujuan\\":3,\\"kepercayaan\\":4,\\"perencanaan\\":4}"	2026-12-07 23:22:47.016039+00	\N
3a2f03b0-80c4-4a56-82f2-de3132cfe163	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	C807C0B0-55D2-4F71-B278-78BB0AF573CF	\N	"{\\"komplementer\\":3,\\"tujuan\\":4,\\"urgensi\\":4,\\"kepercayaan\\":2,\\"perencanaan\\":4,\\"ikn\\":3,\\"kapasitas\\":2}"	2026-12-07 23:22:47.028568+00	\N
90f4c3fc-8cf0-4417-96ed-a10fb5afc306	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	CF6173D7-FC06-4B6A-8FA5-BE0FC326F9D6	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}	2026-12-07 23:22:47.04352+00	\N
e7123b3e-edcb-40d4-8de8-c528219befda	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	CF6173D7-FC06-4B6A-8FA5-BE0FC326F9D6	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.053847+00	\N
bca8b20b-07e6-45f6-89cf-0c1edc3d0633	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	CF6173D7-FC06-4B6A-8FA5-BE0FC326F9D6	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.072578+00	\N
ece64232-aca7-4303-8a5c-007e992030e1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	DF50BBBD-2825-4B3E-B23F-B1632CF2CB78	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":4,\\"kepercayaan\\":4,\\"tujuan\\":4,\\"komplementer\\":4,\\"urgensi\\":3,\\"ikn\\":4}"	2026-12-07 23:22:47.075913+00	\N
d9a82ac3-43a3-4471-b715-91d7c04c4bf9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	CF6173D7-FC06-4B6A-8FA5-BE0FC326F9D6	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.093966+00	\N
7c42c10c-c213-4c05-9aeb-dd9825ffd5e4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	9C43C6DB-90AA-4BEF-91F5-143B3FE33C9E	\N	"{\\"komplementer\\":3,\\"tujuan\\":3,\\"urgensi\\":2,\\"kepercayaan\\":3,\\"perencanaan\\":3,\\"ikn\\":4,\\"kapasitas\\":2}"	2026-12-07 23:22:47.097025+00	\N
74d52651-6522-4323-b2e4-75624faf4519	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	5E8472DA-1ED4-4896-89AB-A169FCE61E71	\N	"{\\"urgensi\\":4,\\"ikn\\":5,\\"komplementer\\":3,\\"perencanaan\\":3,\\"tujuan\\":4,\\"kapasitas\\":3,\\"kepercayaan\\":4}"	2026-12-07 23:22:47.107075+00	\N
47c7a13a-95a1-4d19-93af-339704608379	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	74A9FCB1-E52C-4A1C-A198-81C9A3AE7791	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}	2026-12-07 23:22:47.114699+00	\N
af28faaa-2936-4674-b551-a9662c809730	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	74A9FCB1-E52C-4A1C-A198-81C9A3AE7791	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.129609+00	\N
3ed027de-ab21-4568-aed0-bcf26b5fe5f3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	74A9FCB1-E52C-4A1C-A198-81C9A3AE7791	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.136154+00	\N
83590ad3-9ad2-45bc-9912-078e4dd682c4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	860C0FE8-B4AF-488F-A428-AAE2C99864FE	\N	"{\\"ikn\\":4,\\"kapasitas\\":3,\\"kepercayaan\\":3,\\"tujuan\\":4,\\"komplementer\\":4,\\"urgensi\\":4,\\"perencanaan\\":4}"	2026-12-07 23:22:47.146014+00	\N
133ae4e9-1833-490f-b38d-080d3d5b9b0b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	74A9FCB1-E52C-4A1C-A198-81C9A3AE7791	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.148856+00	\N
f20e6630-1dbf-44d3-816e-8233ebd35385	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	08EE7F5F-E530-4F98-B9DE-EBD34FF7A4BC	\N	"{\\"urgensi\\":4,\\"ikn\\":4,\\"kapasitas\\":3,\\"komplementer\\":4,\\"tujuan\\":2,\\"kepercayaan\\":4,\\"perencanaan\\":3}"	2026-12-07 23:22:47.162135+00	\N
289e2b08-6530-41fb-a212-5fc5be1d4952	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	23BA10AA-29C6-47E3-81D6-5475C6777674	\N	"{\\"komplementer\\":3,\\"kapasitas\\":2,\\"urgensi\\":4,\\"kepercayaan\\":4,\\"perencanaan\\":3,\\"ikn\\":4,\\"tujuan\\":3}"	2026-12-07 23:22:47.172627+00	\N
8d0888b8-2c42-4cbe-a88a-e5e75deedae1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	9B22F368-946D-4D3D-B0BE-0C6F346962A5	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}	2026-12-07 23:22:47.179454+00	\N
e9be1902-17bf-4a13-bf75-c23fe093d996	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	9B22F368-946D-4D3D-B0BE-0C6F346962A5	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.185705+00	\N
9a67439e-ed09-4c8b-af67-3fac8777f31b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	9B22F368-946D-4D3D-B0BE-0C6F346962A5	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.198974+00	\N
cdfc690c-916d-4924-80f1-e5b236089b15	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	F257B0D4-C104-4893-9A62-22F527CA4411	\N	"{\\"urgensi\\":5,\\"ikn\\":5,\\"komplementer\\":3,\\"perencanaan\\":3,\\"tujuan\\":5,\\"kapasitas\\":5,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.20273+00	\N
16022ed8-7f17-412e-8c6d-df8447b0b27a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	9B22F368-946D-4D3D-B0BE-0C6F346962A5	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.213729+00	\N
8b475867-5efb-4a12-a940-3a10651720c1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	C7AC93BA-A336-432A-A12F-D510CB2CEB6C	\N	"{\\"urgensi\\":5,\\"ikn\\":5,\\"kapasitas\\":3,\\"komplementer\\":3,\\"tujuan\\":3,\\"kepercayaan\\":5,\\"perencanaan\\":4}"	2026-12-07 23:22:47.225925+00	\N
5db0c691-1b4f-4bd4-ae29-a7362a303e9f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	5A6C786A-A8E3-4D4E-A4CD-28D2F309CD56	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":3,\\"kepercayaan\\":3,\\"tujuan\\":5,\\"komplementer\\":4,\\"urgensi\\":5,\\"ikn\\":5}"	2026-12-07 23:22:47.237576+00	\N
7c7e133c-e992-4154-8ac9-03ffa2b814af	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	0B8B4F89-75AF-4FF6-BA93-823DDA3E9BEE	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}	2026-12-07 23:22:47.25095+00	\N
36add29c-0c1b-41dd-94ec-8d5995315a25	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	0B8B4F89-75AF-4FF6-BA93-823DDA3E9BEE	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.254045+00	\N
5518ecb1-002b-42df-95ad-71bc5c7ec9e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	0B8B4F89-75AF-4FF6-BA93-823DDA3E9BEE	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.26858+00	\N
81d8c298-1b28-48b7-8b5a-efbd270e5c6b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	13C4E2A3-AAA0-4AE3-BB46-C7983C596B4F	\N	"{\\"komplementer\\":4,\\"kapasitas\\":4,\\"urgensi\\":3,\\"kepercayaan\\":5,\\"perencanaan\\":4,\\"ikn\\":5,\\"tujuan\\":4}"	2026-12-07 23:22:47.27907+00	\N
4c889c08-adf0-4bdf-be39-39243e175f60	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	0B8B4F89-75AF-4FF6-BA93-823DDA3E9BEE	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.297612+00	\N
14172441-0272-4ef4-a8b4-d54ff73b6870	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	4A97778F-E7D7-4C1A-B829-7EB8F3223454	\N	"{\\"perencanaan\\":5,\\"kapasitas\\":5,\\"kepercayaan\\":5,\\"tujuan\\":4,\\"komplementer\\":5,\\"urgensi\\":4,\\"ikn\\":4}"	2026-12-07 23:22:47.300686+00	\N
17aab98d-f3af-4730-bf3d-f66afb6770f3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	035B0E69-4BA0-49D1-952B-26660F066B91	\N	"{\\"ikn\\":4,\\"urgensi\\":5,\\"komplementer\\":3,\\"perencanaan\\":3,\\"tujuan\\":4,\\"kapasitas\\":4,\\"kepercayaan\\":4}"	2026-12-07 23:22:47.303346+00	\N
a5b985a1-8b26-4361-bd73-bf75dfdffb75	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	06ECD31B-C536-4FEC-BE6D-27B6C7C05322	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}	2026-12-07 23:22:47.313867+00	\N
3b536661-9209-44b1-a685-2e6c8c7446ea	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	06ECD31B-C536-4FEC-BE6D-27B6C7C05322	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.322954+00	\N
a52f4189-c20f-42ec-b629-826044949b22	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	06ECD31B-C536-4FEC-BE6D-27B6C7C05322	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.326738+00	\N
331ce4b7-e6ac-4b9d-b865-def97f022b03	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	E80F9F73-9742-43FC-952A-4470ACFCE287	\N	"{\\"komplementer\\":4,\\"kapasitas\\":4,\\"urgensi\\":2,\\"kepercayaan\\":2,\\"perencanaan\\":2,\\"ikn\\":4,\\"tujuan\\":2}"	2026-12-07 23:22:47.334164+00	\N
ffc1167d-276c-4684-a145-5139b3b5d2a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	06ECD31B-C536-4FEC-BE6D-27B6C7C05322	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.341571+00	\N
4b40d27e-b548-4297-b4cc-e8e277e88150	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	3AF00EAE-4896-4191-A4AA-6AABA2DDF756	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":4,\\"kepercayaan\\":3,\\"tujuan\\":3,\\"komplementer\\":4,\\"urgensi\\":4,\\"ikn\\":3}"	2026-12-07 23:22:47.344469+00	\N
bfc9d703-0234-4fda-b443-5a9b9e65f8d0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	54136F5B-EB9C-4DFF-93F7-8C45FD46371D	\N	"{\\"urgensi\\":4,\\"ikn\\":3,\\"kapasitas\\":2,\\"komplementer\\":2,\\"tujuan\\":2,\\"kepercayaan\\":2,\\"perencanaan\\":3}"	2026-12-07 23:22:47.353005+00	\N
c913b7f6-e0ba-4901-a3c2-05f134c43f4d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	E91760D4-064B-4E32-9F75-1EA6A8C17989	\N	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}	2026-12-07 23:22:47.357458+00	\N
8c6261c4-d3b3-4466-ad7a-1a9a1168873d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	E91760D4-064B-4E32-9F75-1EA6A8C17989	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.360046+00	\N
1cb3599b-1764-4b69-b4ac-b78730fc089d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	E91760D4-064B-4E32-9F75-1EA6A8C17989	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.368433+00	\N
5d47ebd6-f9b5-4465-a7e3-37a95748b270	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	ECEA1EFE-305D-42D1-A9EA-721C84B35FB3	\N	"{\\"komplementer\\":4,\\"kapasitas\\":2,\\"urgensi\\":3,\\"kepercayaan\\":4,\\"perencanaan\\":3,\\"ikn\\":3,\\"tujuan\\":4}"	2026-12-07 23:22:47.373631+00	\N
630d1759-d5c8-4f2e-847a-0e57246cfdbe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	E91760D4-064B-4E32-9F75-1EA6A8C17989	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.378778+00	\N
a6cae6be-71fc-41f5-9d8b-bd2ea2384829	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	177E8598-0418-479D-8BA1-DBD7B04BD2C5	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":3,\\"kepercayaan\\":4,\\"tujuan\\":4,\\"komplementer\\":2,\\"urgensi\\":2,\\"ikn\\":3}"	2026-12-07 23:22:47.384744+00	\N
79fb549e-3df1-4819-81b9-f6d0da2e9f1c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	7910B7DD-6314-4A4F-9D4C-B4861BFB5FBA	\N	"{\\"ikn\\":3,\\"urgensi\\":3,\\"komplementer\\":2,\\"perencanaan\\":3,\\"tujuan\\":3,\\"kapasitas\\":4,\\"kepercayaan\\":2}"	2026-12-07 23:22:47.387427+00	\N
325f2d54-52bc-4efd-9ccf-1d71c3ef8627	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	FFE5C21F-1AE2-498B-A9FA-469DA97FE70A	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}	2026-12-07 23:22:47.395905+00	\N
261616c5-cde6-4870-b884-e91670ec7de4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	FFE5C21F-1AE2-498B-A9FA-469DA97FE70A	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.40313+00	\N
b2fd6642-3313-4250-beee-7699ce1d8ad9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	FFE5C21F-1AE2-498B-A9FA-469DA97FE70A	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.406527+00	\N
c08a1b89-de70-43a6-897d-870572e84ea0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	81A7A141-FD1E-4055-ACBF-83B73E9B023E	\N	"{\\"urgensi\\":3,\\"ikn\\":1,\\"kapasitas\\":2,\\"komplementer\\":3,\\"tujuan\\":1,\\"kepercayaan\\":3,\\"perencanaan\\":2}"	2026-12-07 23:22:47.412751+00	\N
33daa3eb-a8c0-497b-a9f0-3aafec46665d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	FFE5C21F-1AE2-498B-A9FA-469DA97FE70A	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.41525+00	\N
4cc99f7c-c186-44f3-a2b3-9cc9abf0487e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	B34C03F7-4BF2-4C1A-AA0F-5DE54389716F	\N	"{\\"urgensi\\":3,\\"ikn\\":3,\\"komplementer\\":1,\\"perencanaan\\":3,\\"tujuan\\":1,\\"kapasitas\\":2,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.421694+00	\N
29291395-e500-495c-9ce5-f47f65f2ab14	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	172C9DE9-7E89-46E9-9D79-35FB44AB3604	\N	"{\\"urgensi\\":1,\\"ikn\\":3,\\"kapasitas\\":3,\\"komplementer\\":1,\\"tujuan\\":2,\\"kepercayaan\\":3,\\"perencanaan\\":2}"	2026-12-07 23:22:47.429488+00	\N
506e6365-b0fa-457a-82e6-ed54b117354b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	8F0E8F2A-D97F-4993-8849-07058F520137	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}	2026-12-07 23:22:47.434422+00	\N
732f5a0b-d37b-41a0-b369-774bdc9c872f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	8F0E8F2A-D97F-4993-8849-07058F520137	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.441553+00	\N
f23af679-2af6-4d2f-93a9-32d1029ab66e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	8F0E8F2A-D97F-4993-8849-07058F520137	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.44487+00	\N
21d488a4-026e-4f2d-b8b8-74df93e3be30	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	E2B35289-A511-430A-9C79-F6EB1C2E6955	\N	"{\\"komplementer\\":3,\\"kapasitas\\":4,\\"urgensi\\":4,\\"kepercayaan\\":4,\\"perencanaan\\":3,\\"ikn\\":3,\\"tujuan\\":4}"	2026-12-07 23:22:47.449052+00	\N
1becc645-af82-4275-8781-b15bd46997dc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	8F0E8F2A-D97F-4993-8849-07058F520137	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.453842+00	\N
1b43471a-29e0-480c-b201-d882d296763e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	D2CD56EF-94EC-445B-9DFC-B43F4AD0B071	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":3,\\"kepercayaan\\":3,\\"tujuan\\":4,\\"komplementer\\":4,\\"urgensi\\":2,\\"ikn\\":2}"	2026-12-07 23:22:47.464645+00	\N
f177386c-7662-4237-b3e3-4d501630578e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	CF55B218-05EE-4EA3-A8D9-7DE9D50D7414	\N	"{\\"urgensi\\":4,\\"ikn\\":3,\\"komplementer\\":3,\\"perencanaan\\":3,\\"tujuan\\":3,\\"kapasitas\\":2,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.475358+00	\N
dcafd94c-556d-401d-9fea-8fe672466973	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	A8017792-F3F9-4508-8568-5E28F7B120B2	\N	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}	2026-12-07 23:22:47.488573+00	\N
fff25f6c-d7ba-4b72-8f3d-31e6face3596	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	A8017792-F3F9-4508-8568-5E28F7B120B2	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.497888+00	\N
3ae086c6-7986-4a77-9e4a-30cbb02497c6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	A8017792-F3F9-4508-8568-5E28F7B120B2	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.50115+00	\N
a1f843a0-c141-460c-99e0-9e76040ce3a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	3734F518-ADCE-439B-87A5-F684279D8DBD	\N	"{\\"urgensi\\":3,\\"ikn\\":3,\\"kapasitas\\":2,\\"komplementer\\":1,\\"tujuan\\":1,\\"kepercayaan\\":2,\\"perencanaan\\":3}"	2026-12-07 23:22:47.512863+00	\N
1f99fd61-b160-481c-b4e0-371fedbbfca0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	A8017792-F3F9-4508-8568-5E28F7B120B2	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.515762+00	\N
367cdd68-982c-44cd-b5a8-cad3f93a640f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	9D630056-7A57-4A28-A4C0-F0A3ABFC113D	\N	"{\\"komplementer\\":1,\\"kapasitas\\":2,\\"urgensi\\":3,\\"kepercayaan\\":2,\\"perencanaan\\":3,\\"ikn\\":1,\\"tujuan\\":1}"	2026-12-07 23:22:47.525036+00	\N
e65f4e5e-80a6-44ce-bd49-26ef6c5ccc14	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	2EF1E438-7460-4BCE-8E5C-91E6F8C496AE	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":1,\\"tujuan\\":2,\\"komplementer\\":2,\\"urgensi\\":2,\\"ikn\\":2}"	2026-12-07 23:22:47.529647+00	\N
33a8126c-37c0-40b8-b301-017f8cc9fd56	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	5CA6C304-8088-4C5D-9C94-CAD6336D24A6	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}	2026-12-07 23:22:47.547791+00	\N
2251a2dd-fca6-49fe-b9ae-8e21d591f78f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	5CA6C304-8088-4C5D-9C94-CAD6336D24A6	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.556991+00	\N
b0e637ef-b703-4b8b-86e0-5a7574571881	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	5CA6C304-8088-4C5D-9C94-CAD6336D24A6	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.56173+00	\N
956129bf-64ac-4b50-92f2-b1a7f6564575	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	29602A3E-5D01-4A5C-92D1-8DF2CC229555	\N	"{\\"urgensi\\":3,\\"ikn\\":3,\\"komplementer\\":1,\\"perencanaan\\":3,\\"tujuan\\":1,\\"kapasitas\\":2,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.574594+00	\N
21087c08-ef85-4898-95ed-f017e0df1584	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	5CA6C304-8088-4C5D-9C94-CAD6336D24A6	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.589266+00	\N
462f1e91-3836-4bcf-ba46-3eb824f4ae54	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	B02354C6-CF21-4DBE-805C-650AD449E83D	\N	"{\\"urgensi\\":3,\\"ikn\\":3,\\"kapasitas\\":2,\\"komplementer\\":1,\\"tujuan\\":1,\\"kepercayaan\\":3,\\"perencanaan\\":2}"	2026-12-07 23:22:47.592271+00	\N
3fccd2ba-787c-4b78-9dd2-1c5501c2178d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	FF9A6E27-3E3C-47A1-8216-C5660EC0B8FE	\N	"{\\"komplementer\\":1,\\"kapasitas\\":2,\\"urgensi\\":3,\\"kepercayaan\\":1,\\"perencanaan\\":3,\\"ikn\\":2,\\"tujuan\\":1}"	2026-12-07 23:22:47.596681+00	\N
c5977129-7f8b-4c54-9255-f2cec680efc0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	9EE3269D-4CDC-42FD-A1C8-9676383BD8EA	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}	2026-12-07 23:22:47.606084+00	\N
f5e09af6-ae90-4b1b-82b3-7d58f1efafe4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	9EE3269D-4CDC-42FD-A1C8-9676383BD8EA	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.612548+00	\N
12fd3e6c-5e94-488d-9327-5b15e13e7963	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	9EE3269D-4CDC-42FD-A1C8-9676383BD8EA	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.617636+00	\N
8294b415-0a37-4a37-8cef-ed3ae1082d71	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	BE530EF2-5F57-4FC9-9CCC-9D47CBF58848	\N	"{\\"urgensi\\":2,\\"ikn\\":4,\\"komplementer\\":2,\\"perencanaan\\":3,\\"tujuan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":4}"	2026-12-07 23:22:47.624846+00	\N
60c99152-057f-413a-8adc-7fd422ef9a01	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	9EE3269D-4CDC-42FD-A1C8-9676383BD8EA	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.627622+00	\N
70541b35-3834-47d2-be7e-01c4c389352b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	A00C2E3F-7C38-4FD9-A9FE-9A2CE0FBDE4A	\N	"{\\"urgensi\\":3,\\"ikn\\":4,\\"kapasitas\\":4,\\"komplementer\\":2,\\"tujuan\\":3,\\"kepercayaan\\":3,\\"perencanaan\\":3}"	2026-12-07 23:22:47.633919+00	\N
2c95f18e-8eb2-415d-ad4c-decc1d4af70b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	B473946C-4AB0-45D8-9084-EB1D12513473	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":2,\\"kepercayaan\\":3,\\"tujuan\\":4,\\"komplementer\\":3,\\"urgensi\\":4,\\"ikn\\":4}"	2026-12-07 23:22:47.637299+00	\N
aa8e0c43-29a1-425b-b2b6-e905beb38a4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	22A9415E-E1D4-4FCA-AFB1-6F4F34265FA5	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kajian demografi bersama","sumberDayaDimiliki":"data keluarga, penyuluh KB","urusan":["2.14"]}	2026-12-07 23:22:47.649378+00	\N
a6bb71c1-a79e-4684-8d24-c9486196a68b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	22A9415E-E1D4-4FCA-AFB1-6F4F34265FA5	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.65226+00	\N
e8642faf-225f-4184-9a17-98ba3ddaa811	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	22A9415E-E1D4-4FCA-AFB1-6F4F34265FA5	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.657088+00	\N
fa96f9bf-1914-4339-a354-f4cac4f7e96e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	480A9467-44E8-4B86-933A-3B0C70784B04	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Layanan perlindungan anak di kawasan pekerja proyek. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Layanan perlindungan anak di kawasan pekerja proyek","kodeProgram":"2.08.05","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Perlindungan Khusus Anak","sumberDana":"apbd","sumberDayaDibutuhkan":"rumah aman, rujukan bersama","sumberDayaDimiliki":"UPTD PPA, konselor","urusan":["2.08"]}	2026-12-07 23:22:47.666185+00	\N
9329f24d-4804-489b-afc4-deeedf97c242	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	480A9467-44E8-4B86-933A-3B0C70784B04	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.672513+00	\N
55ff220b-f03a-4255-a6db-7ee452e829ab	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	4A1C4F8E-AB48-4EB8-ABD9-BFF7B87AB734	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyelesaian tumpang tindih lahan di wilayah delineasi. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyelesaian tumpang tindih lahan di wilayah delineasi","lokasi":["64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"peta batas resmi, koordinasi dengan Otorita IKN","sumberDayaDimiliki":"data bidang tanah, tim penyelesaian sengketa","urusan":["2.10"]}	2026-12-07 23:22:47.68864+00	\N
f7e61eb0-38f8-4b80-a9f2-1cef963ea6fc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	4A1C4F8E-AB48-4EB8-ABD9-BFF7B87AB734	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.696035+00	\N
c491e0df-f418-4b53-97f5-1f56df683df6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	4A1C4F8E-AB48-4EB8-ABD9-BFF7B87AB734	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.703936+00	\N
12f7453e-e978-449a-82e0-05a5ef9cf6c4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	76D30B38-092E-4CA2-95E9-5E3BCA0B73A0	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kemitraan plasma kelapa sawit berkelanjutan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kemitraan plasma kelapa sawit berkelanjutan","kodeProgram":"3.27.05","lokasi":["64.02.11","64.02.10"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyuluhan Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"sertifikasi berkelanjutan, bibit unggul","sumberDayaDimiliki":"kebun rakyat, koperasi petani","urusan":["3.27"]}	2026-12-07 23:22:47.709078+00	\N
d4cae4b4-8cbf-4735-9192-939c83ec1fe6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	76D30B38-092E-4CA2-95E9-5E3BCA0B73A0	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.715398+00	\N
46d7df10-3f94-4489-b3ce-85e7c9b03c4f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	32847703-49BD-4C48-9D23-77B56E878390	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Sentra hortikultura dataran rendah untuk pasar Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra hortikultura dataran rendah untuk pasar Samarinda","kodeProgram":"3.27.04","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengendalian dan Penanggulangan Bencana Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"pasar induk, logistik","sumberDayaDimiliki":"lahan hortikultura, kelompok tani","urusan":["3.27"]}	2026-12-07 23:22:47.724013+00	\N
6d5d5da8-ddc5-4a60-a71e-5ec8e86b010d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	32847703-49BD-4C48-9D23-77B56E878390	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.730614+00	\N
d26f7993-98da-412e-a402-cb0fe1c6ef7d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	600670F4-8D45-4FB2-A593-9FD955D2D6BF	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pos pemadam kebakaran bersama di Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pos pemadam kebakaran bersama di Loa Janan","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pos bersama, hidran","sumberDayaDimiliki":"armada pemadam","urusan":["1.05"]}	2026-12-07 23:22:47.739684+00	\N
2d77ffb4-ad0f-46b4-af0a-672162201342	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	600670F4-8D45-4FB2-A593-9FD955D2D6BF	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.746468+00	\N
f5d5310d-6784-44c7-930c-78cecae4d03a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	4442C4D1-E213-4DB0-85A7-87916F134FC0	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}	2026-12-07 23:22:47.759726+00	\N
d0d2a16b-354c-459a-bac4-60437ede5b8f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	4442C4D1-E213-4DB0-85A7-87916F134FC0	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.764514+00	\N
2193c808-b25b-4ec0-94e1-c27c109c4837	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	4442C4D1-E213-4DB0-85A7-87916F134FC0	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.769171+00	\N
4d891645-fddf-4720-a7ac-dee5666f303c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	6935698A-288B-4EB1-8193-02D027531845	\N	"{\\"komplementer\\":3,\\"tujuan\\":3,\\"urgensi\\":5,\\"kepercayaan\\":3,\\"perencanaan\\":5,\\"ikn\\":4,\\"kapasitas\\":3}"	2026-12-07 23:22:47.773936+00	\N
5fca1926-3986-40f5-86f1-911f0be24ed7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	4442C4D1-E213-4DB0-85A7-87916F134FC0	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.77742+00	\N
d624f3ed-cb81-4f04-9273-2daad980103d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	8BF18A2A-C237-4428-82CD-EAF71ABCDD4F	\N	"{\\"perencanaan\\":4,\\"kapasitas\\":3,\\"kepercayaan\\":5,\\"tujuan\\":3,\\"komplementer\\":4,\\"urgensi\\":4,\\"ikn\\":5}"	2026-12-07 23:22:47.781289+00	\N
799affbf-b44b-4269-8a12-1561610f53e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	E5A5F16F-A7F1-4825-97CD-BA4088C9433C	\N	"{\\"ikn\\":5,\\"urgensi\\":4,\\"komplementer\\":5,\\"perencanaan\\":4,\\"tujuan\\":5,\\"kapasitas\\":3,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.786334+00	\N
0e28b7d3-1b52-4d62-8404-5fd598b493b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	6AAA9125-9B66-4293-BDC2-9B3B22FA7A69	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}	2026-12-07 23:22:47.795944+00	\N
7cb3f082-cc98-4d62-9438-a37284210d25	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	6AAA9125-9B66-4293-BDC2-9B3B22FA7A69	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.798899+00	\N
d23b0b00-5629-4fb9-991e-5f0d60da090f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	6AAA9125-9B66-4293-BDC2-9B3B22FA7A69	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.806056+00	\N
16f8085b-0baa-49a3-9c88-312f60480279	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	8CB607A5-3861-4287-90BE-3806DB5BACDD	\N	"{\\"komplementer\\":3,\\"tujuan\\":3,\\"urgensi\\":2,\\"kepercayaan\\":4,\\"perencanaan\\":4,\\"ikn\\":3,\\"kapasitas\\":4}"	2026-12-07 23:22:47.808611+00	\N
5869840c-d28f-48d5-87a6-551b27180f49	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	6AAA9125-9B66-4293-BDC2-9B3B22FA7A69	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.814166+00	\N
00ea0f28-429d-4c95-809a-3c17bbe81173	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	8C5499CF-07AB-4A56-B91C-EA83C9D02264	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":3,\\"tujuan\\":3,\\"komplementer\\":4,\\"urgensi\\":2,\\"ikn\\":4}"	2026-12-07 23:22:47.817701+00	\N
37ec56a8-eefc-4f26-8413-790ae6da1476	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	5784346B-BE3D-41A7-9C98-6BBBE3B87046	\N	"{\\"komplementer\\":4,\\"tujuan\\":4,\\"urgensi\\":3,\\"kepercayaan\\":4,\\"perencanaan\\":4,\\"ikn\\":2,\\"kapasitas\\":3}"	2026-12-07 23:22:47.822622+00	\N
f1a31fad-e390-4220-a137-e3746cd623d9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	668962D7-F3B8-4D58-9A43-6A391FF665BF	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}	2026-12-07 23:22:47.831761+00	\N
1bc85e92-ff9b-4241-b80d-e08935892b87	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	668962D7-F3B8-4D58-9A43-6A391FF665BF	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.83893+00	\N
d9bf3175-b575-47fe-b47b-99dfd357b2f4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	668962D7-F3B8-4D58-9A43-6A391FF665BF	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.842263+00	\N
7533fa8a-6c4b-4c72-a5ed-76f0dd719ea2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	D25D9A5A-80DA-4DB0-8193-593D29275FE6	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":3,\\"tujuan\\":3,\\"komplementer\\":2,\\"urgensi\\":2,\\"ikn\\":4}"	2026-12-07 23:22:47.845228+00	\N
73b21951-cf6e-4197-9944-569eb235abe0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	668962D7-F3B8-4D58-9A43-6A391FF665BF	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.850652+00	\N
d599930f-580b-43b8-be7a-9dd0fbe12508	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	4CF71C5C-8AC6-4CE9-81D1-F9C2E8F0A97C	\N	"{\\"komplementer\\":4,\\"tujuan\\":3,\\"urgensi\\":4,\\"kepercayaan\\":2,\\"perencanaan\\":3,\\"ikn\\":5,\\"kapasitas\\":3}"	2026-12-07 23:22:47.856507+00	\N
89e54968-53d2-4736-ab09-a80f52a43b36	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	6EF17DD6-FDDD-493D-A4DB-9C99D0A16B33	\N	"{\\"urgensi\\":3,\\"ikn\\":4,\\"kapasitas\\":4,\\"komplementer\\":3,\\"tujuan\\":3,\\"kepercayaan\\":3,\\"perencanaan\\":3}"	2026-12-07 23:22:47.863074+00	\N
10aecff7-5d1d-473f-90de-09457c7722a9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	1DAABFE0-47E9-4918-A83C-6E9D5499356D	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}	2026-12-07 23:22:47.871325+00	\N
b0969f8e-93c7-458e-b039-11fc7768fb72	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	1DAABFE0-47E9-4918-A83C-6E9D5499356D	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.873916+00	\N
fe4eeb1c-e354-483a-84d1-b050ac1f838b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	1DAABFE0-47E9-4918-A83C-6E9D5499356D	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.881102+00	\N
4d888717-3339-4911-bc5d-1ee781f23c4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	3FA808E1-520C-41E5-88C2-2B628E07D241	\N	"{\\"perencanaan\\":3,\\"kapasitas\\":2,\\"kepercayaan\\":4,\\"tujuan\\":2,\\"komplementer\\":2,\\"urgensi\\":2,\\"ikn\\":2}"	2026-12-07 23:22:47.885024+00	\N
a5366010-de50-433a-8a12-fd0d4266777b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	1DAABFE0-47E9-4918-A83C-6E9D5499356D	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.889659+00	\N
5c7a2559-ff1b-4e65-bde7-5d08ce941055	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	33CEBFAA-6FAF-48B6-B919-6EF804D3AE73	\N	"{\\"kapasitas\\":4,\\"komplementer\\":2,\\"urgensi\\":4,\\"kepercayaan\\":3,\\"perencanaan\\":4,\\"ikn\\":3,\\"tujuan\\":2}"	2026-12-07 23:22:47.892427+00	\N
d270532a-8d71-4bcc-8bc3-04afaf766c24	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	D280BEE4-EBB8-4F69-81D8-4B9131D4E48C	\N	"{\\"ikn\\":3,\\"kapasitas\\":2,\\"kepercayaan\\":3,\\"tujuan\\":4,\\"komplementer\\":2,\\"urgensi\\":3,\\"perencanaan\\":4}"	2026-12-07 23:22:47.899374+00	\N
0137c89a-4fb3-4cab-990e-f66025be15d8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	5D102F33-D459-4545-B15D-3197FBD6BF6E	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}	2026-12-07 23:22:47.914157+00	\N
94621a74-4096-48d5-aaea-ace767f8fac8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	5D102F33-D459-4545-B15D-3197FBD6BF6E	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.928877+00	\N
34271b04-28b6-47e7-af47-8fc4efdbd70b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	5D102F33-D459-4545-B15D-3197FBD6BF6E	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.933306+00	\N
cfe9e303-5306-46bc-a363-6e499b546fe4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	AB8DAFAF-E35E-4B9C-B581-951EEA206EDE	\N	"{\\"urgensi\\":3,\\"ikn\\":4,\\"komplementer\\":2,\\"perencanaan\\":4,\\"tujuan\\":3,\\"kapasitas\\":3,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.940796+00	\N
9621cb5d-d13b-47cc-bf10-f0832a9fd6c3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	5D102F33-D459-4545-B15D-3197FBD6BF6E	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.943858+00	\N
14209ef0-bbd2-4e86-8f1b-c897efd36699	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	C9FD4274-142F-4973-B040-7912A6913E52	\N	"{\\"urgensi\\":2,\\"ikn\\":3,\\"kapasitas\\":2,\\"komplementer\\":2,\\"tujuan\\":3,\\"kepercayaan\\":2,\\"perencanaan\\":2}"	2026-12-07 23:22:47.950439+00	\N
9a453ed3-770f-4791-a7eb-7d5c194b8b4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	8D22CD95-FC71-4E96-9ECE-8DE79449DCCD	\N	"{\\"kapasitas\\":3,\\"komplementer\\":3,\\"urgensi\\":3,\\"kepercayaan\\":3,\\"perencanaan\\":3,\\"ikn\\":4,\\"tujuan\\":4}"	2026-12-07 23:22:47.957436+00	\N
fe92134c-75e0-4a53-b9d3-761a4fa3e642	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	AECF2144-506E-442E-9698-9BC38E286F7B	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}	2026-12-07 23:22:47.964802+00	\N
d767f67b-eab8-4b96-87b3-efdc6e863171	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	AECF2144-506E-442E-9698-9BC38E286F7B	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:47.969139+00	\N
87f55a56-0f8e-4e24-8d47-47bf5f5ca964	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	AECF2144-506E-442E-9698-9BC38E286F7B	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:47.974324+00	\N
6d596501-c0b4-4adb-b06f-af1f7fc25dfc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	DFBE19D9-6122-4DF1-BA8A-B34BBC14EE07	\N	"{\\"ikn\\":5,\\"urgensi\\":2,\\"komplementer\\":2,\\"perencanaan\\":2,\\"tujuan\\":2,\\"kapasitas\\":2,\\"kepercayaan\\":3}"	2026-12-07 23:22:47.976979+00	\N
fea40553-87fe-4ac4-9181-d53957e83284	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	AECF2144-506E-442E-9698-9BC38E286F7B	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:47.984884+00	\N
ac5b95da-0efd-4e84-8a8a-af34518281d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	C4FEE379-5E3B-4DDB-8186-52734FAF01B8	\N	"{\\"urgensi\\":2,\\"ikn\\":3,\\"kapasitas\\":2,\\"komplementer\\":4,\\"tujuan\\":3,\\"kepercayaan\\":4,\\"perencanaan\\":4}"	2026-12-07 23:22:47.988723+00	\N
82dd0f17-e781-4375-a68a-b21c1eb96e41	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	1A936FF3-05E3-4BFA-8515-90B81B179ECA	\N	"{\\"perencanaan\\":2,\\"kapasitas\\":3,\\"kepercayaan\\":4,\\"tujuan\\":3,\\"komplementer\\":4,\\"urgensi\\":4,\\"ikn\\":4}"	2026-12-07 23:22:47.993054+00	\N
97d5077f-0239-4fa9-b689-7f78f927230c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	38B1D5BB-0903-4756-9ABA-122A2E8F5F52	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}	2026-12-07 23:22:48.003123+00	\N
e04706b6-b7e0-47ab-b3cb-aea8768cc04a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	38B1D5BB-0903-4756-9ABA-122A2E8F5F52	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.009136+00	\N
df8400e3-0e1b-4cdd-ab97-4b060c8adfc1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.verifikasi	usulan_potensi	38B1D5BB-0903-4756-9ABA-122A2E8F5F52	{"status":"diajukan"}	{"catatan":"","status":"terverifikasi"}	2026-12-07 23:22:48.012275+00	\N
6f3372c8-76fd-4e14-9925-0cde31c3e902	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai_anggota	nilai_usulan	0B42AAD1-0D2F-4D8B-A5F3-C6265863CA28	\N	"{\\"kapasitas\\":3,\\"komplementer\\":2,\\"urgensi\\":2,\\"kepercayaan\\":3,\\"perencanaan\\":2,\\"ikn\\":1,\\"tujuan\\":2}"	2026-12-07 23:22:48.017706+00	\N
f993c5f5-4a3d-4f17-8420-61d95028f0cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f134298-6531-45e3-9e44-301edb73150b	tkksd.kukar	usulan.nilai	usulan_potensi	38B1D5BB-0903-4756-9ABA-122A2E8F5F52	{"status":"terverifikasi"}	{"catatan":"","status":"dinilai"}	2026-12-07 23:22:48.020727+00	\N
d1b15072-3d93-4384-b527-1c2f9afc6087	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fb0d3afd-dc31-4eb3-ba27-c556769a0258	tkksd.bappeda	usulan.nilai_anggota	nilai_usulan	4368ADCA-9DBE-40D0-B77A-9952C82EFA21	\N	"{\\"perencanaan\\":3,\\"kapasitas\\":2,\\"kepercayaan\\":2,\\"tujuan\\":1,\\"komplementer\\":1,\\"urgensi\\":1,\\"ikn\\":2}"	2026-12-07 23:22:48.026902+00	\N
9bfa136c-39b5-40a9-887c-d8702d31ccd1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	usulan.nilai_anggota	nilai_usulan	599E1FE9-FA35-40E6-A46B-1646FEAF8C1A	\N	"{\\"ikn\\":2,\\"urgensi\\":2,\\"komplementer\\":3,\\"perencanaan\\":3,\\"tujuan\\":1,\\"kapasitas\\":1,\\"kepercayaan\\":2}"	2026-12-07 23:22:48.029372+00	\N
45bf65a2-edcb-4452-8e7a-134cc241b044	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	3123B5E2-132B-4705-906F-1D370BF6C023	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Sentra kerajinan rotan Jahab. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra kerajinan rotan Jahab","lokasi":["64.02.06.1001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"desain produk, pasar","sumberDayaDimiliki":"perajin rotan, bahan baku rotan","urusan":["3.31"]}	2026-12-07 23:22:48.037419+00	\N
7685bf78-c1d0-4e11-aca4-e6c120bd59fb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	3123B5E2-132B-4705-906F-1D370BF6C023	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.045235+00	\N
48896b5e-62e5-4f06-b85e-a348c7b71255	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.kembalikan	usulan_potensi	3123B5E2-132B-4705-906F-1D370BF6C023	{"status":"diajukan"}	{"catatan":"Lengkapi kode program Renstra dan perkiraan biaya.","status":"dikembalikan"}	2026-12-07 23:22:48.048761+00	\N
7ebd642c-1d46-46a6-a386-640dcbbb68be	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	85115F6E-B700-461A-A757-887D9709A844	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Agrowisata buah Bakungan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Agrowisata buah Bakungan","lokasi":["64.02.03.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, akses jalan","sumberDayaDimiliki":"kebun buah, kelompok tani","urusan":["3.26","3.27"]}	2026-12-07 23:22:48.056216+00	\N
01b67aa8-f6c8-4aa5-b9c9-c1f4625d99a4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	85115F6E-B700-461A-A757-887D9709A844	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.067478+00	\N
33824a25-4666-4e7a-8b4c-798e27c51149	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	D3E897CA-6808-4D98-B661-A4EBBE511A53	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Air bersih dusun terpencil Jonggon. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air bersih dusun terpencil Jonggon","lokasi":["64.02.02.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pipanisasi, pendanaan","sumberDayaDimiliki":"sumber mata air","urusan":["1.04"]}	2026-12-07 23:22:48.073394+00	\N
74360911-b794-4971-b01d-ec8d30d3e086	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	8B88D4E4-CD57-4009-BBAC-286B976B2A1F	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Budidaya ikan keramba Rapak Lambur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Budidaya ikan keramba Rapak Lambur","lokasi":["64.02.06.2012"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pakan, pasar","sumberDayaDimiliki":"keramba, kelompok pembudidaya","urusan":["3.25"]}	2026-12-07 23:22:48.085241+00	\N
1de626ae-cc98-4547-8917-bc807f868c67	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.buat	usulan_potensi	EA50C98A-EAE0-403B-9F39-BCBDCAD9FA1F	\N	{"bentuk":"swakelola","calonMitra":[],"deskripsi":"Pengadaan obat dan bahan medis habis pakai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan obat dan bahan medis habis pakai","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","sumberDana":"apbd","sumberDayaDibutuhkan":"penyedia obat","sumberDayaDimiliki":"anggaran obat","urusan":["1.02"]}	2026-12-07 23:22:48.089718+00	\N
ce964624-3f69-478e-a4df-89227d862360	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.ajukan	usulan_potensi	EA50C98A-EAE0-403B-9F39-BCBDCAD9FA1F	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.096544+00	\N
4233e3f3-107f-4587-9837-c28a455c3f57	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	usulan.tolak	usulan_potensi	EA50C98A-EAE0-403B-9F39-BCBDCAD9FA1F	{"status":"diajukan"}	{"catatan":"Bukan kerja sama daerah: pengadaan\\/swakelola internal diatur tersendiri (Perpres 16\\/2018 jo. 12\\/2021).","status":"ditolak"}	2026-12-07 23:22:48.100211+00	\N
8a30fdf2-f3ad-42cb-8f45-968ae9a985c4	55f89f44-0db5-4ec1-8378-496eba2973b7	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	admin.samarinda	usulan.buat	usulan_potensi	5064F56A-9391-45C9-976C-2774206CD874	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Angkutan sungai terjadwal Samarinda–Tenggarong. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Angkutan sungai terjadwal Samarinda–Tenggarong","lokasi":["64.72.06"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"armada angkutan sungai, terminal Tenggarong, jadwal terpadu","sumberDayaDimiliki":"dermaga Sungai Kunjang, data penumpang sungai","urusan":["2.15"]}	2026-12-07 23:22:48.118004+00	\N
8036fd35-2b9f-414a-b471-499ef43a2549	55f89f44-0db5-4ec1-8378-496eba2973b7	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	admin.samarinda	usulan.ajukan	usulan_potensi	5064F56A-9391-45C9-976C-2774206CD874	{"status":"draf"}	{"catatan":"","status":"diajukan"}	2026-12-07 23:22:48.122338+00	\N
5538b4b2-c63b-416b-be1e-4f34632065f7	55f89f44-0db5-4ec1-8378-496eba2973b7	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	admin.samarinda	usulan.buat	usulan_potensi	4373679F-B7B9-4ACC-BBEE-3CB0CAC2AC45	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Paket wisata Samarinda–Tenggarong pada Festival Erau. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Paket wisata Samarinda–Tenggarong pada Festival Erau","lokasi":["64.72.04"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"Festival Erau, paket wisata bersama, promosi","sumberDayaDimiliki":"hotel dan biro perjalanan, Bandara APT Pranoto","urusan":["3.26"]}	2026-12-07 23:22:48.133897+00	\N
d3de3879-4b95-4c87-b100-06f265b28399	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	B8F0328F-BBA7-4144-BB2D-56323E23D688	\N	{"jenis":"ksddSukarela","judul":"Peningkatan layanan pendidikan di Ibu Kota Nusantara","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"objek":"Peningkatan layanan pendidikan di Ibu Kota Nusantara. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2030-10-31","tanggalMulai":"2025-10-31","unit":["4EF8537D-B5A4-4125-BBA2-E336DE87550A"],"urusan":["1.01"]}	2026-12-07 23:22:48.208494+00	\N
a22d3a00-9d74-42f5-840c-d6b083ac7bd9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	613E5FFD-8C50-41DF-8B8A-C3920BFE47B3	\N	{"jenis":"ksddWajib","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","lokasi":[],"mitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"nilai":250000000000,"objek":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":false},"sumberDana":"APBD","tanggalBerakhir":"2032-01-07","tanggalMulai":"2027-01-07","unit":["B8BA3487-933A-4C99-9F8D-B8EA2A4DC120"],"urusan":["2.15"],"usulanID":"AF23D6EA-D97C-45E1-A8B5-DAF24E88C105"}	2026-12-07 23:22:48.221713+00	\N
96030e50-c146-40e6-99fb-993000ad12c1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	03E6E2F5-EFF5-4ED5-9564-3A05F7D079A5	\N	{"jenis":"ksddWajib","judul":"Akses jalan penghubung Samboja ke kawasan IKN","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"nilai":250000000000,"objek":"Akses jalan penghubung Samboja ke kawasan IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":false},"sumberDana":"APBD","tanggalBerakhir":"2030-02-05","tanggalMulai":"2027-02-06","unit":["F71E3032-7348-4BA0-BCAE-065CF400AA9F"],"urusan":["1.03"],"usulanID":"F7267E81-E333-4D51-B63D-C05B0DE2751D"}	2026-12-07 23:22:48.226278+00	\N
3508a0ed-c66f-4484-838d-3893876a5cb5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	50A66A0C-CD49-4D06-9D87-1953A027CCA2	\N	{"jenis":"ksddWajib","judul":"Rujukan pasien terpadu Kukar–PPU","lokasi":[],"mitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"objek":"Rujukan pasien terpadu Kukar–PPU. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2030-01-21","tanggalMulai":"2027-01-22","unit":["FDA47AF9-905C-4108-9111-4566DACA0E3E"],"urusan":["1.02"]}	2026-12-07 23:22:48.234556+00	\N
1f8d39d0-df5a-4dd5-8c10-8431a63950e0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	09F58519-1E3B-4EB5-8F25-3FBC8FE28C0F	\N	{"jenis":"ksddWajib","judul":"Pengendalian banjir DAS Mahakam Kukar–Samarinda","lokasi":[],"mitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"nilai":250000000000,"objek":"Pengendalian banjir DAS Mahakam Kukar–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"sumberDana":"APBD","tanggalBerakhir":"2032-03-07","tanggalMulai":"2027-03-08","unit":["F71E3032-7348-4BA0-BCAE-065CF400AA9F"],"urusan":["1.03"]}	2026-12-07 23:22:48.24458+00	\N
a7bc1d7b-3db5-4c46-9c2f-849facff95d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	4DBF5917-BAE1-443C-86E7-0B2A3E39EEA7	\N	{"jenis":"ksddWajib","judul":"Pengelolaan TPA regional Tenggarong–Samarinda","lokasi":[],"mitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"nilai":250000000000,"objek":"Pengelolaan TPA regional Tenggarong–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"sumberDana":"APBD","tanggalBerakhir":"2031-11-28","tanggalMulai":"2026-11-28","unit":["9ECBE07D-8736-4E41-8B7C-C9852451B8B8"],"urusan":["2.11"]}	2026-12-07 23:22:48.255358+00	\N
22bc5678-8383-4ba9-aa5d-34f67a552598	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	BBCA3706-E204-4DE9-AE8F-68393BEAC169	\N	{"jenis":"ksddSukarela","judul":"Promosi Festival Erau bersama Kalimantan Timur","lokasi":[],"mitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"objek":"Promosi Festival Erau bersama Kalimantan Timur. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-01-27","tanggalMulai":"2025-01-07","unit":["13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2"],"urusan":["3.26"]}	2026-12-07 23:22:48.265839+00	\N
03926d8a-be4d-4f26-acfc-94d32d6b50e3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	AE8DDB8D-CB9C-4638-8E54-A796171DB384	\N	{"jenis":"ksddSukarela","judul":"Pelatihan pemandu wisata sungai Mahakam","lokasi":[],"mitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"objek":"Pelatihan pemandu wisata sungai Mahakam. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-01-22","tanggalMulai":"2024-03-13","unit":["13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2"],"urusan":["3.26"]}	2026-12-07 23:22:48.283311+00	\N
97e9b51a-2a14-46f5-b018-818bd8a362f9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	FAB70F15-54EE-4663-B890-4FC443A150B2	\N	{"jenis":"ksddSukarela","judul":"Pasokan pangan ke kawasan IKN","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"objek":"Pasokan pangan ke kawasan IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-02-06","tanggalMulai":"2022-04-13","unit":["A0C0ED39-9774-4BB4-B01E-EA77136668DE"],"urusan":["2.09"]}	2026-12-07 23:22:48.2991+00	\N
ee7c7219-a5e4-4f72-9289-1b18af0d47be	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	4864AD6E-2802-47CC-A53A-9EAC25C9F914	\N	{"jenis":"ksddWajib","judul":"Pertukaran data kependudukan wilayah delineasi","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"objek":"Pertukaran data kependudukan wilayah delineasi. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2029-12-12","tanggalMulai":"2026-02-11","unit":["BA3021FE-A774-458C-90CB-D8DF22E59565"],"urusan":["2.12"]}	2026-12-07 23:22:48.311328+00	\N
e62bec5d-c305-419a-b892-a55f848f8a51	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	55D1C686-A54E-458D-8870-B58BB8BDD9CC	\N	{"jenis":"ksddWajib","judul":"Penanggulangan karhutla di perbatasan Kukar–Balikpapan","lokasi":[],"mitra":["41BD57A1-4803-4731-98A3-7C899D2C514D"],"objek":"Penanggulangan karhutla di perbatasan Kukar–Balikpapan. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2028-07-30","tanggalMulai":"2024-06-21","unit":["8BB45885-C1D6-49AA-B27E-A51283D16E81"],"urusan":["1.05"]}	2026-12-07 23:22:48.326672+00	\N
908a6ffd-3ae1-40cb-8d14-b3415bf5f758	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	729EC339-B342-4712-8DA6-FF3538642496	\N	{"jenis":"ksdpkPelayananPublik","judul":"Layanan angkutan sungai Tenggarong–Samarinda oleh badan usaha","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"objek":"Layanan angkutan sungai Tenggarong–Samarinda oleh badan usaha. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-02-16","tanggalMulai":"2025-07-26","unit":["B8BA3487-933A-4C99-9F8D-B8EA2A4DC120"],"urusan":["2.15"]}	2026-12-07 23:22:48.339822+00	\N
e04fd50d-7453-4a23-b369-7a22879349da	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	F9ACBF57-9A29-4F5E-AE85-D379099693D6	\N	{"jenis":"ksdpkAset","judul":"Pengelolaan dermaga wisata Pulau Kumala","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"objek":"Pengelolaan dermaga wisata Pulau Kumala. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2032-04-06","tanggalMulai":"2027-04-07","unit":["13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2"],"urusan":["3.26"]}	2026-12-07 23:22:48.367076+00	\N
c5471abe-4fd1-4bf1-8438-5f5f0821b49a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	93BBC932-BBE4-490F-A7A2-30DC0CFE7A23	\N	{"jenis":"ksdpkInvestasi","judul":"Investasi pabrik pengolahan ikan Muara Badak","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"objek":"Investasi pabrik pengolahan ikan Muara Badak. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2032-06-05","tanggalMulai":"2027-06-06","unit":["C425F22E-8F08-45B2-AEEB-77C7C764A611"],"urusan":["3.25"]}	2026-12-07 23:22:48.371851+00	\N
d0ef5b44-107b-4e06-90b8-6cb619d3de9f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	967557A3-7D70-4C88-BE03-678BBF332A0E	\N	{"jenis":"ksdpkLainnya","judul":"Kajian potensi wilayah bersama perguruan tinggi","lokasi":[],"mitra":["06D4AFD6-4077-4349-8312-3C74BC7B5041"],"objek":"Kajian potensi wilayah bersama perguruan tinggi. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2025-11-03","tanggalMulai":"2022-10-30","unit":["319A2730-2D0F-47A0-9D1C-AFD8A218480E"],"urusan":["2.20"]}	2026-12-07 23:22:48.389238+00	\N
1e3a2eec-dd18-45d3-a77a-4b07c874b8d5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	4229E1D4-F1B2-4780-9EFA-34C59E913576	\N	{"jenis":"sinergi","judul":"Keselamatan angkutan sungai Mahakam","lokasi":[],"mitra":["1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A"],"objek":"Keselamatan angkutan sungai Mahakam. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2031-12-28","tanggalMulai":"2026-12-28","unit":["B8BA3487-933A-4C99-9F8D-B8EA2A4DC120"],"urusan":["2.15"]}	2026-12-07 23:22:48.410792+00	\N
547e3988-70c9-4eb6-aa55-e16262ed5491	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	60C78BD7-36AC-4895-8498-13BCB6D4A480	\N	{"jenis":"sinergi","judul":"Pembangunan dermaga penyeberangan Sanga-Sanga","lokasi":[],"mitra":["1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A"],"objek":"Pembangunan dermaga penyeberangan Sanga-Sanga. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2027-02-06","tanggalMulai":"2025-11-03","unit":["B8BA3487-933A-4C99-9F8D-B8EA2A4DC120"],"urusan":["2.15"]}	2026-12-07 23:22:48.432954+00	\N
9d012406-4dc4-4aac-87db-47d495352f20	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	FE92B31D-AE48-4D33-88F4-AFDABF4BFB85	\N	{"jenis":"sinergi","judul":"Sinergi data statistik sektoral","lokasi":[],"mitra":["1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A"],"objek":"Sinergi data statistik sektoral. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2032-06-25","tanggalMulai":"2027-06-26","unit":["319A2730-2D0F-47A0-9D1C-AFD8A218480E"],"urusan":["2.20"]}	2026-12-07 23:22:48.465046+00	\N
13ea6766-363e-4d6c-a09e-6beb5f7a8f59	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	AA8572E5-5624-4FC0-88B4-CA32316DF955	\N	{"jenis":"ksdpl","judul":"Kota kembar Tenggarong–Tawau","lokasi":[],"mitra":["240FE090-4BC0-4C39-8131-01F3CA17990C"],"nilai":250000000000,"objek":"Kota kembar Tenggarong–Tawau. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2032-12-07","tanggalMulai":"2027-12-08","unit":["13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2"],"urusan":["3.26","2.22"]}	2026-12-07 23:22:48.488808+00	\N
96cb86ef-99ae-4501-add4-68aec8462496	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	F7105815-6F74-47BE-85EE-81FABDCEE4D7	\N	{"jenis":"ksdpl","judul":"Pertukaran budaya Kesultanan Kutai","lokasi":[],"mitra":["240FE090-4BC0-4C39-8131-01F3CA17990C"],"objek":"Pertukaran budaya Kesultanan Kutai. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2031-01-11","tanggalMulai":"2028-01-12","unit":["4EF8537D-B5A4-4125-BBA2-E336DE87550A"],"urusan":["2.22"]}	2026-12-07 23:22:48.495746+00	\N
ace65b70-a6aa-48ee-b317-9c813876b268	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	DF61A523-99F0-4505-AE1F-8F52E64ED067	\N	{"jenis":"desaAntarDesa","judul":"BUM Desa bersama Samboja","lokasi":[],"mitra":[],"objek":"BUM Desa bersama Samboja. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2030-02-05","tanggalMulai":"2027-02-06","unit":["E031AC67-6F22-43CA-AF4F-FF4F50274895"],"urusan":["2.13"]}	2026-12-07 23:22:48.528817+00	\N
14174c83-4cb6-48c6-962b-f53f1f95410e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	B148434A-058C-477B-BDD2-8BB50996D7EB	\N	{"jenis":"desaPihakKetiga","judul":"Pengelolaan homestay Desa Karya Jaya dengan badan usaha","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"objek":"Pengelolaan homestay Desa Karya Jaya dengan badan usaha. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2027-02-11","tanggalMulai":"2026-05-22","unit":["E031AC67-6F22-43CA-AF4F-FF4F50274895"],"urusan":["3.26"]}	2026-12-07 23:22:48.572638+00	\N
30927c12-a670-441b-975e-3da1c433201d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	C74EB988-38C6-4FDC-976A-316C330E2773	\N	{"jenis":"kemitraanLain","judul":"Sewa gedung serbaguna Tenggarong (pemanfaatan BMD)","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"objek":"Sewa gedung serbaguna Tenggarong (pemanfaatan BMD). Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","sumberDana":"APBD","tanggalBerakhir":"2028-08-29","tanggalMulai":"2026-08-30","unit":["13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2"],"urusan":["3.26"]}	2026-12-07 23:22:48.604665+00	\N
b2468dcc-b8cc-4c63-9883-4bc7fc97d278	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	FD995A79-BCE5-4F63-BE44-E4560117C0E9	\N	{"jenis":"ksddSukarela","judul":"Pembangunan jembatan penghubung Kukar–Kutim","lokasi":[],"mitra":["D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"objek":"Pembangunan jembatan penghubung Kukar–Kutim. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2026-06-17","tanggalMulai":"2021-06-17","unit":["F71E3032-7348-4BA0-BCAE-065CF400AA9F"],"urusan":["1.03"]}	2026-12-07 23:22:48.638552+00	\N
be052780-b35b-49f5-b593-c9c8d3a264e0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	D115CD10-C141-4F84-9684-C491FF15BC1F	\N	{"jenis":"ksddSukarela","judul":"Promosi investasi bersama Kaltim","lokasi":[],"mitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"objek":"Promosi investasi bersama Kaltim. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2030-11-27","tanggalMulai":"2026-07-11","unit":["CB477E52-1449-4F89-BC6E-C516EFF7D127"],"urusan":["2.18"]}	2026-12-07 23:22:48.696463+00	\N
a6156ffc-0286-426d-85bd-0ef9ea857539	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	4B6F798E-29C0-4D7A-88BF-15581410D497	\N	{"jenis":"ksddSukarela","judul":"Pengembangan UMKM kawasan penyangga IKN","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"objek":"Pengembangan UMKM kawasan penyangga IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-01-27","tanggalMulai":"2022-02-22","unit":["9CE1C99D-5F4B-47D5-9C75-DBDCEBA6DA2A"],"urusan":["2.17"]}	2026-12-07 23:22:48.726386+00	\N
52dbd914-920c-42bc-bd11-720bc7b086aa	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	11905F8D-364D-43BA-8090-2A1ECCC9333D	\N	{"jenis":"ksddSukarela","judul":"Pelatihan tenaga kerja konstruksi IKN","lokasi":[],"mitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"objek":"Pelatihan tenaga kerja konstruksi IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2028-12-27","tanggalMulai":"2025-12-23","unit":["067C80AE-F646-4012-B9D4-6DEA6A8A2C2F"],"urusan":["2.07"]}	2026-12-07 23:22:48.742114+00	\N
73ae9c1b-4ff2-4061-ac0c-c6b7a7c85b10	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	A76637BF-8BF7-4056-BC95-A0CD1D11EEE9	\N	{"jenis":"ksddSukarela","judul":"Perpustakaan keliling lintas daerah","lokasi":[],"mitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"objek":"Perpustakaan keliling lintas daerah. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2028-12-22","tanggalMulai":"2026-12-23","unit":["E72D9FE5-27E7-415B-9AEA-858E345D48D7"],"urusan":["2.23"]}	2026-12-07 23:22:48.776653+00	\N
cb271b7a-be7f-4a00-9768-eebce2e636e0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	9106A71C-E5FA-49A4-A675-D15E7AEC3DE7	\N	{"jenis":"ksddWajib","judul":"Pengamanan koridor jalan Samarinda–IKN","lokasi":[],"mitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"objek":"Pengamanan koridor jalan Samarinda–IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"sumberDana":"APBD","tanggalBerakhir":"2027-02-26","tanggalMulai":"2024-09-29","unit":["243249F3-C092-4625-8679-86457993BD46"],"urusan":["1.05"]}	2026-12-07 23:22:48.789662+00	\N
9ba58733-b432-435b-a2a0-1d6391d10645	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	kerja_sama.buat	kerja_sama	A6B12971-4439-43ED-B4D1-128BFC89B0E2	\N	{"jenis":"ksdpkPelayananPublik","judul":"Pengelolaan air minum curah Samboja","lokasi":[],"mitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"nilai":250000000000,"objek":"Pengelolaan air minum curah Samboja. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.","penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"sumberDana":"APBD","tanggalBerakhir":"2032-01-07","tanggalMulai":"2027-01-07","unit":["81D3BA76-4751-4C13-9AA8-4C5DFC0D96C7"],"urusan":["1.04"]}	2026-12-07 23:22:48.819404+00	\N
63d7a122-78ab-440b-8f33-bfeb9d753a6a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	naskah.buat	naskah	9A1D35AB-4938-48C2-B560-49CEC6FE6125	\N	{"jenis":"kesepakatanBersama","judul":"Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara"}	2026-12-07 23:22:48.944585+00	\N
f07fba7c-c218-48fe-9d63-7a22fcf79a79	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	naskah.bagikan	naskah	9A1D35AB-4938-48C2-B560-49CEC6FE6125	{"dibagikan":"tidak","status":"draf"}	{"dibagikan":"ya","status":"ditinjau"}	2026-12-07 23:22:48.972776+00	\N
77e26f4a-2594-4444-8a94-51fb34156dca	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4e4aa3b6-444a-4f72-b963-52c6c0e313f8	mitra.ppu	naskah.komentar	komentar_naskah	FDF3364B-083C-40A3-AD9D-640E7E0A255D	\N	{"naskah":"9A1D35AB-4938-48C2-B560-49CEC6FE6125","pasal":"Pasal 3 PELAKSANAAN"}	2026-12-07 23:22:48.978758+00	\N
441f2292-afd0-4723-806f-7224eceede5d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6b4eb656-02ec-4219-8b82-c932c7965b2a	tkksd.hukum	naskah.komentar	komentar_naskah	E20D4D2D-22E2-4C7C-B935-5EC22C11B1B5	\N	{"naskah":"9A1D35AB-4938-48C2-B560-49CEC6FE6125","pasal":"Pasal 5 JANGKA WAKTU"}	2026-12-07 23:22:48.99826+00	\N
981a4712-6cd4-4a88-ac9b-85461ae95618	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	naskah.simpan	naskah	9A1D35AB-4938-48C2-B560-49CEC6FE6125	{"versi":1}	{"versi":2}	2026-12-07 23:22:49.011234+00	\N
855ef74c-3cf6-471f-ade5-5c05d519a38c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	naskah.komentar	komentar_naskah	499DACC6-8AEA-404A-A318-F068DCD0C25D	\N	{"naskah":"9A1D35AB-4938-48C2-B560-49CEC6FE6125","pasal":"Pasal 3 PELAKSANAAN"}	2026-12-07 23:22:49.021361+00	\N
3b662e54-3209-4753-8ce9-454b4d3f37ec	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	naskah.buat	naskah	B93925DB-11F6-4E93-84C7-DEBD133B9948	\N	{"jenis":"perjanjianKerjaSama","judul":"Perjanjian Kerja Sama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara"}	2026-12-07 23:22:49.06862+00	\N
35ffb8b9-dfe6-4237-a6cd-a2e4049b3587	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	monev.periode.buka	periode_monev	5A1E8ADE-9782-4EC4-995F-987FEC6DC153	\N	{"mulai":"2025-12-08","nama":"Monev Semester I (contoh)","selesai":"2026-06-08","tugas":"12"}	2026-12-07 23:22:49.175444+00	\N
843a969a-cab5-4798-a98b-c5c2e0a0688e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	monev.periode.tutup	periode_monev	5A1E8ADE-9782-4EC4-995F-987FEC6DC153	\N	{"dinilai":"12","tugas":"12"}	2026-12-07 23:22:49.510271+00	\N
e0236715-0db8-4bfb-98ca-512457c4217c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	monev.periode.buka	periode_monev	CC9E8330-840E-4291-A0F7-3EFFC6465A55	\N	{"mulai":"2026-06-09","nama":"Monev Semester II (contoh)","selesai":"2026-12-07","tugas":"12"}	2026-12-07 23:22:49.584798+00	\N
6726af6d-bfd1-4a7d-9311-14ca89432907	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	949c0742-5217-413c-81c4-faa0842f8d5d	admin.kukar	monev.periode.tutup	periode_monev	CC9E8330-840E-4291-A0F7-3EFFC6465A55	\N	{"dinilai":"11","tugas":"12"}	2026-12-07 23:22:49.880582+00	\N
\.


--
-- Data for Name: batas_wilayah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.batas_wilayah (kode, nama, tingkat, geometri, label_lng, label_lat) FROM stdin;
\.


--
-- Data for Name: evaluasi_monev; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.evaluasi_monev (id, pemda_id, periode_id, kerja_sama_id, unit_id, urusan, mitra, jenis, nilai_akhir, rekomendasi_akhir, catatan_akhir, indeks, rincian, usulan_id, version) FROM stdin;
06413458-623e-41bc-abdc-223b76f412fd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	11905f8d-364d-43ba-8090-2a1eccc9333d	067c80ae-f646-4012-b9d4-6dea6a8a2c2f	2.07	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	2	adendum	Penilaian akhir contoh.	32	{"akhir":25,"formulir":34.375,"indeks":32,"kategori":"Kurang","rataButir":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"skorPihak":{"opd":34.375,"tkksd":34.375}}	\N	1
6d896e17-1bec-4967-a0a9-76fa3d677ed6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	ae8ddb8d-cb9c-4638-8e54-a796171db384	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	3.26	085A05E7-7665-49FF-9B32-F7176B768170	ksddSukarela	3	lanjutkan	Penilaian akhir contoh.	45.6	{"akhir":50,"formulir":59.375,"indeks":45.6,"kategori":"Cukup","kewajiban":0,"rataButir":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"skorPihak":{"opd":59.375,"tkksd":59.375}}	\N	1
260ee542-87bc-4060-a717-79f4dd8e4a05	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	bbca3706-e204-4de9-ae8f-68393beac169	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	3.26	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	ksddSukarela	2	adendum	Penilaian akhir contoh.	30.6	{"akhir":25,"formulir":34.375,"indeks":30.6,"kategori":"Kurang","kewajiban":25,"rataButir":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"skorPihak":{"opd":34.375,"tkksd":34.375}}	\N	1
c61535ec-25bd-495b-bc19-91d39178fcf9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	9106a71c-e5fa-49a4-a675-d15e7aec3de7	243249f3-c092-4625-8679-86457993bd46	1.05	085A05E7-7665-49FF-9B32-F7176B768170,F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddWajib	2	adendum	Penilaian akhir contoh.	32	{"akhir":25,"formulir":34.375,"indeks":32,"kategori":"Kurang","rataButir":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"skorPihak":{"opd":34.375,"tkksd":34.375}}	\N	1
fad6a6d6-4b68-433b-a45c-4ab907914dc3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	55d1c686-a54e-458d-8870-b58bb8bdd9cc	8bb45885-c1d6-49aa-b27e-a51283d16e81	1.05	41BD57A1-4803-4731-98A3-7C899D2C514D	ksddWajib	2	adendum	Penilaian akhir contoh.	32	{"akhir":25,"formulir":34.375,"indeks":32,"kategori":"Kurang","rataButir":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"skorPihak":{"opd":34.375,"tkksd":34.375}}	\N	1
d7603044-5bd2-4fbd-9129-d295d3ae88c1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	4b6f798e-29c0-4d7a-88bf-15581410d497	9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a	2.17	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	4	lanjutkan	Penilaian akhir contoh.	65.6	{"akhir":75,"formulir":84.375,"indeks":65.6,"kategori":"Baik","kewajiban":0,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"skorPihak":{"opd":84.375,"tkksd":84.375}}	\N	1
467d778f-040e-497e-9506-7abcb69cdd55	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	fab70f15-54ee-4663-b890-4fc443a150b2	a0c0ed39-9774-4bb4-b01e-ea77136668de	2.09	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	4	lanjutkan	Penilaian akhir contoh.	70.6	{"akhir":75,"formulir":84.375,"indeks":70.6,"kategori":"Baik","kewajiban":25,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"skorPihak":{"opd":84.375,"tkksd":84.375}}	\N	1
a6053d40-2738-4ccb-9abf-3b4e261c3d96	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	729ec339-b342-4712-8da6-ff3538642496	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	2.15	AB723485-CB4A-4C50-B8E6-13FA6CF7F558	ksdpkPelayananPublik	4	lanjutkan	Penilaian akhir contoh.	70.6	{"akhir":75,"formulir":84.375,"indeks":70.6,"kategori":"Baik","kewajiban":25,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"skorPihak":{"opd":84.375,"tkksd":84.375}}	\N	1
121c0f77-e45b-489e-8246-a4f486f9778e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	60c78bd7-36ac-4895-8498-13bcb6d4a480	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	2.15	1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A	sinergi	3	lanjutkan	Penilaian akhir contoh.	55.6	{"akhir":50,"formulir":59.375,"indeks":55.6,"kategori":"Cukup","kewajiban":50,"rataButir":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"skorPihak":{"opd":59.375,"tkksd":59.375}}	\N	1
fa469e7a-4b78-4245-9db5-3d71923ae62a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	4864ad6e-2802-47cc-a53a-9eac25c9f914	ba3021fe-a774-458c-90cb-d8df22e59565	2.12	F141289F-B0EF-4C80-8F86-74D9F37C8E89,05F77C39-6853-4D28-AF7A-B243B095DA4C	ksddWajib	3	lanjutkan	Penilaian akhir contoh.	42.6	{"akhir":50,"formulir":54.375,"indeks":42.6,"kategori":"Cukup","kewajiban":0,"rataButir":{"anggaran":3.6666666666666665,"koordinasi":3.6666666666666665,"manfaat":2.6666666666666665,"output":2.6666666666666665,"relevansi":3.6666666666666665,"waktu":2.6666666666666665},"skorPihak":{"mitra":34.375,"opd":59.375,"tkksd":59.375}}	\N	1
d0c67628-cea5-48f7-b098-5145793889b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	d115cd10-c141-4f84-9684-c491ff15bc1f	cb477e52-1449-4f89-bc6e-c516eff7d127	2.18	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	ksddSukarela	3	lanjutkan	Penilaian akhir contoh.	57	{"akhir":50,"formulir":59.375,"indeks":57,"kategori":"Cukup","rataButir":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"skorPihak":{"opd":59.375,"tkksd":59.375}}	\N	1
09647784-cd49-41a0-bbe8-09dbb577cb61	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5a1e8ade-9782-4ec4-995f-987fec6dc153	b148434a-058c-477b-bdd2-8bb50996d7eb	e031ac67-6f22-43ca-af4f-ff4f50274895	3.26	AB723485-CB4A-4C50-B8E6-13FA6CF7F558	desaPihakKetiga	4	lanjutkan	Penilaian akhir contoh.	65.6	{"akhir":75,"formulir":84.375,"indeks":65.6,"kategori":"Baik","kewajiban":0,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"skorPihak":{"opd":84.375,"tkksd":84.375}}	\N	1
4284b4d1-2fcb-4905-97c8-229e2e9978b4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	11905f8d-364d-43ba-8090-2a1eccc9333d	067c80ae-f646-4012-b9d4-6dea6a8a2c2f	2.07	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	4	lanjutkan	Penilaian akhir contoh.	70.3	{"akhir":75,"formulir":68.75,"indeks":70.3,"kategori":"Baik","rataButir":{"anggaran":4.5,"koordinasi":4.5,"manfaat":3.5,"output":3.5,"relevansi":4.5,"waktu":3.5},"skorPihak":{"opd":59.375,"tkksd":84.375}}	\N	1
75d750c1-afaf-42ff-8bcc-a64cd676448c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	55d1c686-a54e-458d-8870-b58bb8bdd9cc	8bb45885-c1d6-49aa-b27e-a51283d16e81	1.05	41BD57A1-4803-4731-98A3-7C899D2C514D	ksddWajib	4	lanjutkan	Penilaian akhir contoh.	70.3	{"akhir":75,"formulir":68.75,"indeks":70.3,"kategori":"Baik","rataButir":{"anggaran":4.5,"koordinasi":4.5,"manfaat":3.5,"output":3.5,"relevansi":4.5,"waktu":3.5},"skorPihak":{"opd":59.375,"tkksd":84.375}}	\N	1
68530ef6-3351-4017-92a0-6a21b31ae08b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	4b6f798e-29c0-4d7a-88bf-15581410d497	9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a	2.17	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	3	lanjutkan	Penilaian akhir contoh.	36.3	{"akhir":50,"formulir":43.75,"indeks":36.3,"kategori":"Kurang","kewajiban":0,"rataButir":{"anggaran":3.5,"koordinasi":3.5,"manfaat":2.5,"output":2.5,"relevansi":3.5,"waktu":2.5},"skorPihak":{"opd":34.375,"tkksd":59.375}}	\N	1
ebf7fa8d-9367-4a03-b7c6-92378eee2d1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	fab70f15-54ee-4663-b890-4fc443a150b2	a0c0ed39-9774-4bb4-b01e-ea77136668de	2.09	F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddSukarela	\N	\N	\N	\N	{"indeks":25,"kategori":"Kurang","kewajiban":25,"rataButir":{},"skorPihak":{}}	\N	1
68cd1d15-7d6d-4604-aff9-eca3b4e400fc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	60c78bd7-36ac-4895-8498-13bcb6d4a480	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	2.15	1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A	sinergi	5	lanjutkan	Penilaian akhir contoh.	84.1	{"akhir":100,"formulir":90.234375,"indeks":84.1,"kategori":"Sangat baik","kewajiban":50,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4.5,"output":4.5,"relevansi":5,"waktu":4.5},"skorPihak":{"opd":84.375,"tkksd":100}}	\N	1
5c9f9be0-feac-4fdd-b7cf-901f6ab7921e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	ae8ddb8d-cb9c-4638-8e54-a796171db384	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	3.26	085A05E7-7665-49FF-9B32-F7176B768170	ksddSukarela	5	lanjutkan	Penilaian akhir contoh.	74.1	{"akhir":100,"formulir":90.234375,"indeks":74.1,"kategori":"Baik","kewajiban":0,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4.5,"output":4.5,"relevansi":5,"waktu":4.5},"skorPihak":{"opd":84.375,"tkksd":100}}	\N	1
31470bd7-087d-4cb8-8bb8-67acf2ae5a9f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	bbca3706-e204-4de9-ae8f-68393beac169	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	3.26	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	ksddSukarela	4	lanjutkan	Penilaian akhir contoh.	61.3	{"akhir":75,"formulir":68.75,"indeks":61.3,"kategori":"Baik","kewajiban":25,"rataButir":{"anggaran":4.5,"koordinasi":4.5,"manfaat":3.5,"output":3.5,"relevansi":4.5,"waktu":3.5},"skorPihak":{"opd":59.375,"tkksd":84.375}}	\N	1
2b373523-88be-4737-be26-a085cb2f8ac0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	9106a71c-e5fa-49a4-a675-d15e7aec3de7	243249f3-c092-4625-8679-86457993bd46	1.05	085A05E7-7665-49FF-9B32-F7176B768170,F141289F-B0EF-4C80-8F86-74D9F37C8E89	ksddWajib	4	lanjutkan	Penilaian akhir contoh.	70.3	{"akhir":75,"formulir":68.75,"indeks":70.3,"kategori":"Baik","rataButir":{"anggaran":4.5,"koordinasi":4.5,"manfaat":3.5,"output":3.5,"relevansi":4.5,"waktu":3.5},"skorPihak":{"opd":59.375,"tkksd":84.375}}	\N	1
38715e64-6177-4f4c-9d81-27c0b281f3f7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	729ec339-b342-4712-8da6-ff3538642496	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	2.15	AB723485-CB4A-4C50-B8E6-13FA6CF7F558	ksdpkPelayananPublik	3	lanjutkan	Penilaian akhir contoh.	41.3	{"akhir":50,"formulir":43.75,"indeks":41.3,"kategori":"Cukup","kewajiban":25,"rataButir":{"anggaran":3.5,"koordinasi":3.5,"manfaat":2.5,"output":2.5,"relevansi":3.5,"waktu":2.5},"skorPihak":{"opd":34.375,"tkksd":59.375}}	\N	1
0e6b3f48-1412-4fef-85cd-508ecf24a716	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	4864ad6e-2802-47cc-a53a-9eac25c9f914	ba3021fe-a774-458c-90cb-d8df22e59565	2.12	F141289F-B0EF-4C80-8F86-74D9F37C8E89,05F77C39-6853-4D28-AF7A-B243B095DA4C	ksddWajib	5	lanjutkan	Penilaian akhir contoh.	73.4	{"akhir":100,"formulir":89.0625,"indeks":73.4,"kategori":"Baik","kewajiban":0,"rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4.333333333333333,"output":4.333333333333333,"relevansi":5,"waktu":4.333333333333333},"skorPihak":{"mitra":84.375,"opd":84.375,"tkksd":100}}	\N	1
0a12698d-494d-4036-9ed5-e58eee076940	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	d115cd10-c141-4f84-9684-c491ff15bc1f	cb477e52-1449-4f89-bc6e-c516eff7d127	2.18	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	ksddSukarela	5	lanjutkan	Penilaian akhir contoh.	92.7	{"akhir":100,"formulir":90.234375,"indeks":92.7,"kategori":"Sangat baik","rataButir":{"anggaran":5,"koordinasi":5,"manfaat":4.5,"output":4.5,"relevansi":5,"waktu":4.5},"skorPihak":{"opd":84.375,"tkksd":100}}	\N	1
e892d166-f3bf-4b85-a7f6-dde85df18f59	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cc9e8330-840e-4291-a0f7-3effc6465a55	b148434a-058c-477b-bdd2-8bb50996d7eb	e031ac67-6f22-43ca-af4f-ff4f50274895	3.26	AB723485-CB4A-4C50-B8E6-13FA6CF7F558	desaPihakKetiga	3	lanjutkan	Penilaian akhir contoh.	36.3	{"akhir":50,"formulir":43.75,"indeks":36.3,"kategori":"Kurang","kewajiban":0,"rataButir":{"anggaran":3.5,"koordinasi":3.5,"manfaat":2.5,"output":2.5,"relevansi":3.5,"waktu":2.5},"skorPihak":{"opd":34.375,"tkksd":59.375}}	\N	1
\.


--
-- Data for Name: impor_wilayah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.impor_wilayah (id, edisi, nama_berkas, sha256, jumlah_baris, ditambah, diubah, dipensiunkan, diaktifkan, waktu) FROM stdin;
\.


--
-- Data for Name: isian_monev; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.isian_monev (id, pemda_id, evaluasi_id, peran, pengguna_id, jawaban, bukti, waktu, version, pihak_id) FROM stdin;
9dacca06-f322-4867-8ca3-e6cd175f0c35	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06413458-623e-41bc-abdc-223b76f412fd	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.203845+00	1	067c80ae-f646-4012-b9d4-6dea6a8a2c2f
31d45f96-9095-408d-b5e6-1c1c761d7e7d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06413458-623e-41bc-abdc-223b76f412fd	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.205766+00	1	0f134298-6531-45e3-9e44-301edb73150b
4180963a-367e-402d-a178-a0bb41b28ad1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fa469e7a-4b78-4245-9db5-3d71923ae62a	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.222564+00	1	ba3021fe-a774-458c-90cb-d8df22e59565
7f073684-ab01-49f3-bc3e-b040834935b7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fa469e7a-4b78-4245-9db5-3d71923ae62a	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.223652+00	1	0f134298-6531-45e3-9e44-301edb73150b
221a17c2-539e-48ff-a488-e7c44c0f0fb3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fa469e7a-4b78-4245-9db5-3d71923ae62a	mitra	4e4aa3b6-444a-4f72-b963-52c6c0e313f8	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Perlu kejelasan jadwal (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.224665+00	1	05f77c39-6853-4d28-af7a-b243b095da4c
f1f637bd-99d1-4955-b45d-61464069c4ac	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d7603044-5bd2-4fbd-9129-d295d3ae88c1	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.249439+00	1	9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a
dbfee951-4fd8-4112-84b6-30d7cb41ba60	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d7603044-5bd2-4fbd-9129-d295d3ae88c1	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.25083+00	1	0f134298-6531-45e3-9e44-301edb73150b
3d5853dc-fe83-4faf-b8a2-919f66b88769	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fad6a6d6-4b68-433b-a45c-4ab907914dc3	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.26279+00	1	8bb45885-c1d6-49aa-b27e-a51283d16e81
bf8d74af-9a35-42aa-b8db-43bec502bdb0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fad6a6d6-4b68-433b-a45c-4ab907914dc3	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.263845+00	1	0f134298-6531-45e3-9e44-301edb73150b
fe97719a-6460-433c-8452-2a9f620b0e9a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	121c0f77-e45b-489e-8246-a4f486f9778e	opd	e52727ba-109c-4823-a060-cc6c4f052c4f	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.275841+00	1	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120
47fe4fe8-5bb9-4342-9e33-2656ebab60f2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	121c0f77-e45b-489e-8246-a4f486f9778e	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.285451+00	1	0f134298-6531-45e3-9e44-301edb73150b
f3d2a016-61ba-46a2-859e-396ef72ff2d1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a6053d40-2738-4ccb-9abf-3b4e261c3d96	opd	e52727ba-109c-4823-a060-cc6c4f052c4f	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.292545+00	1	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120
30380360-ac2f-43d3-b6a7-fdcd06cf1399	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a6053d40-2738-4ccb-9abf-3b4e261c3d96	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.297326+00	1	0f134298-6531-45e3-9e44-301edb73150b
b5aeef33-587f-4444-a9f6-2790f2cdb2d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	c61535ec-25bd-495b-bc19-91d39178fcf9	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.308885+00	1	243249f3-c092-4625-8679-86457993bd46
3d0d80e6-ea62-4862-8532-e5918b39f4b9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	c61535ec-25bd-495b-bc19-91d39178fcf9	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.309988+00	1	0f134298-6531-45e3-9e44-301edb73150b
f43e94f5-75d9-4934-9456-76ebf23172b0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6d896e17-1bec-4967-a0a9-76fa3d677ed6	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.319253+00	1	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2
2ea4b05c-6e65-43ce-a039-d06c073290d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6d896e17-1bec-4967-a0a9-76fa3d677ed6	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.328509+00	1	0f134298-6531-45e3-9e44-301edb73150b
2ad87093-f4d2-493a-9c18-041c0a8a484a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	09647784-cd49-41a0-bbe8-09dbb577cb61	opd	1785c446-194b-47eb-82b2-5ce76089271a	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.332554+00	1	e031ac67-6f22-43ca-af4f-ff4f50274895
271ad671-0ba5-4b48-9cc2-8ecd1221f06f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	09647784-cd49-41a0-bbe8-09dbb577cb61	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.333421+00	1	0f134298-6531-45e3-9e44-301edb73150b
beb6b18b-acd3-44a6-a6be-8362072a7b47	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	260ee542-87bc-4060-a717-79f4dd8e4a05	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.344649+00	1	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2
e5a424fa-c67c-4abb-9c65-6263b6f8bd5b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	260ee542-87bc-4060-a717-79f4dd8e4a05	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.352762+00	1	0f134298-6531-45e3-9e44-301edb73150b
40e42de1-c0a7-412a-8fc0-29bc8b561b10	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d0c67628-cea5-48f7-b098-5145793889b5	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.364552+00	1	cb477e52-1449-4f89-bc6e-c516eff7d127
7f66dbcf-843d-48fc-ba13-18e0d5352b0a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d0c67628-cea5-48f7-b098-5145793889b5	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.365589+00	1	0f134298-6531-45e3-9e44-301edb73150b
96a9a2aa-1427-41b4-a6e1-443d67ee634c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	467d778f-040e-497e-9506-7abcb69cdd55	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.370252+00	1	a0c0ed39-9774-4bb4-b01e-ea77136668de
6b685e0c-e7e3-49c1-acd7-091f78422190	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	467d778f-040e-497e-9506-7abcb69cdd55	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.377383+00	1	0f134298-6531-45e3-9e44-301edb73150b
cd2b9c76-5be9-4058-b855-5dc4120d2d42	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4284b4d1-2fcb-4905-97c8-229e2e9978b4	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.597114+00	1	067c80ae-f646-4012-b9d4-6dea6a8a2c2f
995a2196-6f81-4ba7-bc22-8f1da222abc9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4284b4d1-2fcb-4905-97c8-229e2e9978b4	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.598244+00	1	0f134298-6531-45e3-9e44-301edb73150b
fba9199d-bc0b-4b7c-90e6-89415fcf0804	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0e6b3f48-1412-4fef-85cd-508ecf24a716	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.609236+00	1	ba3021fe-a774-458c-90cb-d8df22e59565
bb78dabf-5e18-4e08-96b4-de5880191fe8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0e6b3f48-1412-4fef-85cd-508ecf24a716	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":5,"output":5,"relevansi":5,"waktu":5},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.612513+00	1	0f134298-6531-45e3-9e44-301edb73150b
94ab08b2-eab8-44ff-9ec8-5c21201a68d8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0e6b3f48-1412-4fef-85cd-508ecf24a716	mitra	4e4aa3b6-444a-4f72-b963-52c6c0e313f8	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"permasalahan":"Perlu kejelasan jadwal (contoh).","rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.613485+00	1	05f77c39-6853-4d28-af7a-b243b095da4c
66dcfbae-fdea-4aa4-b783-913461e7ef36	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	68530ef6-3351-4017-92a0-6a21b31ae08b	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.61975+00	1	9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a
9d1e9b69-274b-429a-a103-a0697da2b4ab	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	68530ef6-3351-4017-92a0-6a21b31ae08b	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.628536+00	1	0f134298-6531-45e3-9e44-301edb73150b
6bb83779-80e8-48d3-816d-54b6cbe270b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	75d750c1-afaf-42ff-8bcc-a64cd676448c	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.642125+00	1	8bb45885-c1d6-49aa-b27e-a51283d16e81
a8c5cb52-fc01-41bf-97e1-52a8f0e69c72	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	75d750c1-afaf-42ff-8bcc-a64cd676448c	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.643053+00	1	0f134298-6531-45e3-9e44-301edb73150b
b406f8d3-f3e4-4c41-abaa-f3264b943057	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	68cd1d15-7d6d-4604-aff9-eca3b4e400fc	opd	e52727ba-109c-4823-a060-cc6c4f052c4f	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.646717+00	1	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120
c363fced-36bf-4cc2-a17c-ce98369f2fed	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	68cd1d15-7d6d-4604-aff9-eca3b4e400fc	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":5,"output":5,"relevansi":5,"waktu":5},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.652503+00	1	0f134298-6531-45e3-9e44-301edb73150b
9c1f920f-e614-4fa5-bc06-6d5cfa1e3688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38715e64-6177-4f4c-9d81-27c0b281f3f7	opd	e52727ba-109c-4823-a060-cc6c4f052c4f	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.669326+00	1	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120
678e64fd-5d1f-4d52-88c3-fd3b819d2b52	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38715e64-6177-4f4c-9d81-27c0b281f3f7	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.670365+00	1	0f134298-6531-45e3-9e44-301edb73150b
33511c74-6892-4193-9368-e48d51476f55	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2b373523-88be-4737-be26-a085cb2f8ac0	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.69264+00	1	243249f3-c092-4625-8679-86457993bd46
31e7d18f-2241-4376-8632-eb51338d91c4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2b373523-88be-4737-be26-a085cb2f8ac0	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.696805+00	1	0f134298-6531-45e3-9e44-301edb73150b
305aaab6-c6b4-4446-bfaf-6897e3c23d85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5c9f9be0-feac-4fdd-b7cf-901f6ab7921e	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.700841+00	1	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2
7091beb6-acec-4abc-91a7-252f7dec442a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5c9f9be0-feac-4fdd-b7cf-901f6ab7921e	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":5,"output":5,"relevansi":5,"waktu":5},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.701714+00	1	0f134298-6531-45e3-9e44-301edb73150b
18fc23dc-8db7-42a3-9292-1622acdb300e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e892d166-f3bf-4b85-a7f6-dde85df18f59	opd	1785c446-194b-47eb-82b2-5ce76089271a	{"nilai":{"anggaran":3,"koordinasi":3,"manfaat":2,"output":2,"relevansi":3,"waktu":2},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"adendum"}		2026-12-07 23:22:49.715205+00	1	e031ac67-6f22-43ca-af4f-ff4f50274895
2c27fa6b-882c-4c9e-a3b0-4da2329ae821	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e892d166-f3bf-4b85-a7f6-dde85df18f59	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"permasalahan":"Realisasi anggaran mitra terlambat; rapat koordinasi dijadwalkan ulang (contoh).","rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.716184+00	1	0f134298-6531-45e3-9e44-301edb73150b
f97406c2-0461-4e1f-97a6-e89ce41f62f3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31470bd7-087d-4cb8-8bb8-67acf2ae5a9f	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":4,"koordinasi":4,"manfaat":3,"output":3,"relevansi":4,"waktu":3},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.7297+00	1	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2
c20dca44-e6bd-4cdf-9a8c-03c198611936	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31470bd7-087d-4cb8-8bb8-67acf2ae5a9f	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.730645+00	1	0f134298-6531-45e3-9e44-301edb73150b
adcb8862-7d9f-4b08-a7b8-0b72d18efc22	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0a12698d-494d-4036-9ed5-e58eee076940	opd	949c0742-5217-413c-81c4-faa0842f8d5d	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":4,"output":4,"relevansi":5,"waktu":4},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.73816+00	1	cb477e52-1449-4f89-bc6e-c516eff7d127
071cfd5f-9910-47eb-aa07-c11f33cbfc9a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0a12698d-494d-4036-9ed5-e58eee076940	tkksd	0f134298-6531-45e3-9e44-301edb73150b	{"nilai":{"anggaran":5,"koordinasi":5,"manfaat":5,"output":5,"relevansi":5,"waktu":5},"rekomendasi":"lanjutkan"}		2026-12-07 23:22:49.744495+00	1	0f134298-6531-45e3-9e44-301edb73150b
\.


--
-- Data for Name: kelas_simulasi; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.kelas_simulasi (id, pemda_id, nama, tanggal, berlaku_sampai, kode, dibuat_oleh, version, dibuat_pada) FROM stdin;
\.


--
-- Data for Name: kerja_sama; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.kerja_sama (id, pemda_id, judul, objek, jenis, tahap, siklus, urusan, lokasi, mitra, unit, nilai, sumber_dana, tanggal_mulai, tanggal_berakhir, usulan_id, kode_program, nama_program, induk_id, hubungan, perpanjangan_ke, kunci_impor, contoh, version, dibuat_pada, diubah_pada) FROM stdin;
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Peningkatan layanan pendidikan di Ibu Kota Nusantara	Peningkatan layanan pendidikan di Ibu Kota Nusantara. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	penyusunanPKS	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","suratPenawaran","kesepakatanBersama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}}],"tahap":"penyusunanPKS"}	1.01		F141289F-B0EF-4C80-8F86-74D9F37C8E89,835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7,05F77C39-6853-4D28-AF7A-B243B095DA4C	4EF8537D-B5A4-4125-BBA2-E336DE87550A	\N	APBD	2025-10-31	2030-10-31	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.199207+00	2026-12-07 23:22:48.199207+00
613e5ffd-8c50-41df-8b8a-c3920bfe47b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Integrasi angkutan sungai dan darat Tenggarong–IKN	Integrasi angkutan sungai dan darat Tenggarong–IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	penyusunanKB	{"adendumBerjalan":false,"dokumenDitandatangani":["suratPenawaran","kak"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":false},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}}],"tahap":"penyusunanKB"}	2.15		05F77C39-6853-4D28-AF7A-B243B095DA4C,F141289F-B0EF-4C80-8F86-74D9F37C8E89	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120	250000000000	APBD	2027-01-07	2032-01-07	af23d6ea-d97c-45e1-a8b5-daf24e88c105	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.213704+00	2026-12-07 23:22:48.213704+00
03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Akses jalan penghubung Samboja ke kawasan IKN	Akses jalan penghubung Samboja ke kawasan IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	persiapan	{"adendumBerjalan":false,"dokumenDitandatangani":[],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":false},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[],"tahap":"persiapan"}	1.03		F141289F-B0EF-4C80-8F86-74D9F37C8E89,835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	F71E3032-7348-4BA0-BCAE-065CF400AA9F	250000000000	APBD	2027-02-06	2030-02-05	f7267e81-e333-4d51-b63d-c05b0de2751d	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.222647+00	2026-12-07 23:22:48.222647+00
50a66a0c-cd49-4d06-9d87-1953a027cca2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Rujukan pasien terpadu Kukar–PPU	Rujukan pasien terpadu Kukar–PPU. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	penawaran	{"adendumBerjalan":false,"dokumenDitandatangani":["kak"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}}],"tahap":"penawaran"}	1.02		05F77C39-6853-4D28-AF7A-B243B095DA4C	FDA47AF9-905C-4108-9111-4566DACA0E3E	\N	APBD	2027-01-22	2030-01-21	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.228912+00	2026-12-07 23:22:48.228912+00
09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengendalian banjir DAS Mahakam Kukar–Samarinda	Pengendalian banjir DAS Mahakam Kukar–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	persetujuanDPRD	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","suratPenawaran","kesepakatanBersama"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"persetujuanDPRD","peristiwa":{"lanjut":{"ke":"persetujuanDPRD"}}}],"tahap":"persetujuanDPRD"}	1.03		085A05E7-7665-49FF-9B32-F7176B768170,835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	F71E3032-7348-4BA0-BCAE-065CF400AA9F	250000000000	APBD	2027-03-08	2032-03-07	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.23754+00	2026-12-07 23:22:48.23754+00
4dbf5917-bae1-443c-86e7-0b2a3e39eea7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengelolaan TPA regional Tenggarong–Samarinda	Pengelolaan TPA regional Tenggarong–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	penandatangananPKS	{"adendumBerjalan":false,"dokumenDitandatangani":["suratPenawaran","kak","kesepakatanBersama"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"persetujuan":["dprd"],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"persetujuanDPRD","peristiwa":{"lanjut":{"ke":"persetujuanDPRD"}}},{"dari":"persetujuanDPRD","ke":"persetujuanDPRD","peristiwa":{"catatPersetujuan":{"_0":"dprd"}}},{"dari":"persetujuanDPRD","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}}],"tahap":"penandatangananPKS"}	2.11		085A05E7-7665-49FF-9B32-F7176B768170	9ECBE07D-8736-4E41-8B7C-C9852451B8B8	250000000000	APBD	2026-11-28	2031-11-28	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.246924+00	2026-12-07 23:22:48.246924+00
bbca3706-e204-4de9-ae8f-68393beac169	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Promosi Festival Erau bersama Kalimantan Timur	Promosi Festival Erau bersama Kalimantan Timur. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","perjanjianKerjaSama","kesepakatanBersama","suratPenawaran"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	3.26		835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2	\N	APBD	2025-01-07	2027-01-27	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.258044+00	2026-12-07 23:22:48.258044+00
ae8ddb8d-cb9c-4638-8e54-a796171db384	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pelatihan pemandu wisata sungai Mahakam	Pelatihan pemandu wisata sungai Mahakam. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","suratPenawaran","kesepakatanBersama","perjanjianKerjaSama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	3.26		085A05E7-7665-49FF-9B32-F7176B768170	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2	\N	APBD	2024-03-13	2027-01-22	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.274714+00	2026-12-07 23:22:48.274714+00
fab70f15-54ee-4663-b890-4fc443a150b2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pasokan pangan ke kawasan IKN	Pasokan pangan ke kawasan IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["perjanjianKerjaSama","suratPenawaran","kak","kesepakatanBersama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.09		F141289F-B0EF-4C80-8F86-74D9F37C8E89	A0C0ED39-9774-4BB4-B01E-EA77136668DE	\N	APBD	2022-04-13	2027-02-06	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.289868+00	2026-12-07 23:22:48.289868+00
4864ad6e-2802-47cc-a53a-9eac25c9f914	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pertukaran data kependudukan wilayah delineasi	Pertukaran data kependudukan wilayah delineasi. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["perjanjianKerjaSama","suratPenawaran","kak","kesepakatanBersama"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.12		F141289F-B0EF-4C80-8F86-74D9F37C8E89,05F77C39-6853-4D28-AF7A-B243B095DA4C	BA3021FE-A774-458C-90CB-D8DF22E59565	\N	APBD	2026-02-11	2029-12-12	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.303664+00	2026-12-07 23:22:48.303664+00
4229e1d4-f1b2-4780-9efa-34c59e913576	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Keselamatan angkutan sungai Mahakam	Keselamatan angkutan sungai Mahakam. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	sinergi	penandatangananNK	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","suratPenawaran"],"jenis":"sinergi","jumlahAdendum":0,"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanNK","peristiwa":{"lanjut":{"ke":"penyusunanNK"}}},{"dari":"penyusunanNK","ke":"penandatangananNK","peristiwa":{"lanjut":{"ke":"penandatangananNK"}}}],"tahap":"penandatangananNK"}	2.15		1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120	\N	APBD	2026-12-28	2031-12-28	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.40546+00	2026-12-07 23:22:48.40546+00
55d1c686-a54e-458d-8870-b58bb8bdd9cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Penanggulangan karhutla di perbatasan Kukar–Balikpapan	Penanggulangan karhutla di perbatasan Kukar–Balikpapan. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	pelaporan	{"adendumBerjalan":false,"dokumenDitandatangani":["suratPenawaran","perjanjianKerjaSama","kesepakatanBersama","kak"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}},{"dari":"pelaksanaan","ke":"penatausahaan","peristiwa":{"lanjut":{"ke":"penatausahaan"}}},{"dari":"penatausahaan","ke":"pelaporan","peristiwa":{"lanjut":{"ke":"pelaporan"}}}],"tahap":"pelaporan"}	1.05		41BD57A1-4803-4731-98A3-7C899D2C514D	8BB45885-C1D6-49AA-B27E-A51283D16E81	\N	APBD	2024-06-21	2028-07-30	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.318769+00	2026-12-07 23:22:48.318769+00
729ec339-b342-4712-8da6-ff3538642496	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Layanan angkutan sungai Tenggarong–Samarinda oleh badan usaha	Layanan angkutan sungai Tenggarong–Samarinda oleh badan usaha. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpkPelayananPublik	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kesepakatanBersama","perjanjianKerjaSama","studiKelayakan","suratPenawaran"],"jenis":"ksdpkPelayananPublik","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"studiKelayakan"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.15		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120	\N	APBD	2025-07-26	2027-02-16	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.329801+00	2026-12-07 23:22:48.329801+00
f9acbf57-9a29-4f5e-ae85-d379099693d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengelolaan dermaga wisata Pulau Kumala	Pengelolaan dermaga wisata Pulau Kumala. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpkAset	penyusunanKB	{"adendumBerjalan":false,"dokumenDitandatangani":["studiKelayakan","suratPenawaran"],"jenis":"ksdpkAset","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"studiKelayakan"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}}],"tahap":"penyusunanKB"}	3.26		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2	\N	APBD	2027-04-07	2032-04-06	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.353749+00	2026-12-07 23:22:48.353749+00
93bbc932-bbe4-490f-a7a2-30dc0cfe7a23	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Investasi pabrik pengolahan ikan Muara Badak	Investasi pabrik pengolahan ikan Muara Badak. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpkInvestasi	persiapan	{"adendumBerjalan":false,"dokumenDitandatangani":[],"jenis":"ksdpkInvestasi","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[],"tahap":"persiapan"}	3.25		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	C425F22E-8F08-45B2-AEEB-77C7C764A611	\N	APBD	2027-06-06	2032-06-05	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.368155+00	2026-12-07 23:22:48.368155+00
967557a3-7d70-4c88-be03-678bbf332a0e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Kajian potensi wilayah bersama perguruan tinggi	Kajian potensi wilayah bersama perguruan tinggi. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpkLainnya	berakhir	{"adendumBerjalan":false,"alasanBerakhir":"tujuanTercapai","dokumenDitandatangani":["perjanjianKerjaSama","suratPenawaran","kesepakatanBersama","studiKelayakan"],"jenis":"ksdpkLainnya","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"studiKelayakan"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}},{"dari":"pelaksanaan","ke":"penatausahaan","peristiwa":{"lanjut":{"ke":"penatausahaan"}}},{"dari":"penatausahaan","ke":"pelaporan","peristiwa":{"lanjut":{"ke":"pelaporan"}}},{"dari":"pelaporan","ke":"berakhir","peristiwa":{"akhiri":{"_0":"tujuanTercapai"}}}],"tahap":"berakhir"}	2.20		06D4AFD6-4077-4349-8312-3C74BC7B5041	319A2730-2D0F-47A0-9D1C-AFD8A218480E	\N	APBD	2022-10-30	2025-11-03	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.373178+00	2026-12-07 23:22:48.373178+00
60c78bd7-36ac-4895-8498-13bcb6d4a480	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pembangunan dermaga penyeberangan Sanga-Sanga	Pembangunan dermaga penyeberangan Sanga-Sanga. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	sinergi	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","rencanaKerja","suratPenawaran","notaKesepakatan"],"jenis":"sinergi","jumlahAdendum":0,"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanNK","peristiwa":{"lanjut":{"ke":"penyusunanNK"}}},{"dari":"penyusunanNK","ke":"penandatangananNK","peristiwa":{"lanjut":{"ke":"penandatangananNK"}}},{"dari":"penandatangananNK","ke":"penandatangananNK","peristiwa":{"catatTandaTangan":{"_0":"notaKesepakatan"}}},{"dari":"penandatangananNK","ke":"penandatangananNK","peristiwa":{"catatTandaTangan":{"_0":"rencanaKerja"}}},{"dari":"penandatangananNK","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.15		1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120	\N	APBD	2025-11-03	2027-02-06	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.421398+00	2026-12-07 23:22:48.421398+00
fe92b31d-ae48-4d33-88f4-afdabf4bfb85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Sinergi data statistik sektoral	Sinergi data statistik sektoral. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	sinergi	persiapan	{"adendumBerjalan":false,"dokumenDitandatangani":[],"jenis":"sinergi","jumlahAdendum":0,"persetujuan":[],"persetujuanAdendum":[],"riwayat":[],"tahap":"persiapan"}	2.20		1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A	319A2730-2D0F-47A0-9D1C-AFD8A218480E	\N	APBD	2027-06-26	2032-06-25	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.447386+00	2026-12-07 23:22:48.447386+00
aa8572e5-5624-4fc0-88b4-ca32316df955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Kota kembar Tenggarong–Tawau	Kota kembar Tenggarong–Tawau. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpl	rencanaKerjaSama	{"adendumBerjalan":false,"dokumenDitandatangani":["pernyataanKehendak"],"jenis":"ksdpl","jumlahAdendum":0,"persetujuan":["konsultasiMendagriMenlu"],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"penjajakan","peristiwa":{"lanjut":{"ke":"penjajakan"}}},{"dari":"penjajakan","ke":"konsultasiPusat","peristiwa":{"lanjut":{"ke":"konsultasiPusat"}}},{"dari":"konsultasiPusat","ke":"konsultasiPusat","peristiwa":{"catatPersetujuan":{"_0":"konsultasiMendagriMenlu"}}},{"dari":"konsultasiPusat","ke":"pernyataanKehendak","peristiwa":{"lanjut":{"ke":"pernyataanKehendak"}}},{"dari":"pernyataanKehendak","ke":"pernyataanKehendak","peristiwa":{"catatTandaTangan":{"_0":"pernyataanKehendak"}}},{"dari":"pernyataanKehendak","ke":"rencanaKerjaSama","peristiwa":{"lanjut":{"ke":"rencanaKerjaSama"}}}],"tahap":"rencanaKerjaSama"}	3.26,2.22		240FE090-4BC0-4C39-8131-01F3CA17990C	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2	250000000000	APBD	2027-12-08	2032-12-07	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.469101+00	2026-12-07 23:22:48.469101+00
f7105815-6f74-47be-85ee-81fabdcee4d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pertukaran budaya Kesultanan Kutai	Pertukaran budaya Kesultanan Kutai. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpl	penjajakan	{"adendumBerjalan":false,"dokumenDitandatangani":[],"jenis":"ksdpl","jumlahAdendum":0,"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"penjajakan","peristiwa":{"lanjut":{"ke":"penjajakan"}}}],"tahap":"penjajakan"}	2.22		240FE090-4BC0-4C39-8131-01F3CA17990C	4EF8537D-B5A4-4125-BBA2-E336DE87550A	\N	APBD	2028-01-12	2031-01-11	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.490982+00	2026-12-07 23:22:48.490982+00
df61a523-99f0-4505-ae1f-8f52e64ed067	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	BUM Desa bersama Samboja	BUM Desa bersama Samboja. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	desaAntarDesa	musyawarahDesa	{"adendumBerjalan":false,"dokumenDitandatangani":[],"jenis":"desaAntarDesa","jumlahAdendum":0,"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"musyawarahDesa","peristiwa":{"lanjut":{"ke":"musyawarahDesa"}}}],"tahap":"musyawarahDesa"}	2.13			E031AC67-6F22-43CA-AF4F-FF4F50274895	\N	APBD	2027-02-06	2030-02-05	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.51476+00	2026-12-07 23:22:48.51476+00
b148434a-058c-477b-bdd2-8bb50996d7eb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengelolaan homestay Desa Karya Jaya dengan badan usaha	Pengelolaan homestay Desa Karya Jaya dengan badan usaha. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	desaPihakKetiga	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["perjanjianBersamaDesa"],"jenis":"desaPihakKetiga","jumlahAdendum":0,"persetujuan":["fasilitasiCamat","musyawarahDesa"],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"musyawarahDesa","peristiwa":{"lanjut":{"ke":"musyawarahDesa"}}},{"dari":"musyawarahDesa","ke":"musyawarahDesa","peristiwa":{"catatPersetujuan":{"_0":"musyawarahDesa"}}},{"dari":"musyawarahDesa","ke":"penyusunanNaskahDesa","peristiwa":{"lanjut":{"ke":"penyusunanNaskahDesa"}}},{"dari":"penyusunanNaskahDesa","ke":"penyusunanNaskahDesa","peristiwa":{"catatPersetujuan":{"_0":"fasilitasiCamat"}}},{"dari":"penyusunanNaskahDesa","ke":"penandatangananNaskahDesa","peristiwa":{"lanjut":{"ke":"penandatangananNaskahDesa"}}},{"dari":"penandatangananNaskahDesa","ke":"penandatangananNaskahDesa","peristiwa":{"catatTandaTangan":{"_0":"perjanjianBersamaDesa"}}},{"dari":"penandatangananNaskahDesa","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	3.26		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	E031AC67-6F22-43CA-AF4F-FF4F50274895	\N	APBD	2026-05-22	2027-02-11	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.530003+00	2026-12-07 23:22:48.530003+00
c74eb988-38c6-4fdc-976a-316c330e2773	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Sewa gedung serbaguna Tenggarong (pemanfaatan BMD)	Sewa gedung serbaguna Tenggarong (pemanfaatan BMD). Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	kemitraanLain	kemitraanLain	{}	3.26		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2	\N	APBD	2026-08-30	2028-08-29	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.593103+00	2026-12-07 23:22:48.593103+00
11905f8d-364d-43ba-8090-2a1eccc9333d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pelatihan tenaga kerja konstruksi IKN	Pelatihan tenaga kerja konstruksi IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["perjanjianKerjaSama","kak","kesepakatanBersama","suratPenawaran"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.07		F141289F-B0EF-4C80-8F86-74D9F37C8E89	067C80AE-F646-4012-B9D4-6DEA6A8A2C2F	\N	APBD	2025-12-23	2028-12-27	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.73803+00	2026-12-07 23:22:48.73803+00
fd995a79-bce5-4f63-be44-e4560117c0e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pembangunan jembatan penghubung Kukar–Kutim	Pembangunan jembatan penghubung Kukar–Kutim. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	berakhir	{"adendumBerjalan":false,"alasanBerakhir":"jangkaWaktuBerakhir","dokumenDitandatangani":["kesepakatanBersama","perjanjianKerjaSama","kak","suratPenawaran"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}},{"dari":"pelaksanaan","ke":"penatausahaan","peristiwa":{"lanjut":{"ke":"penatausahaan"}}},{"dari":"penatausahaan","ke":"pelaporan","peristiwa":{"lanjut":{"ke":"pelaporan"}}},{"dari":"pelaporan","ke":"berakhir","peristiwa":{"akhiri":{"_0":"jangkaWaktuBerakhir"}}}],"tahap":"berakhir"}	1.03		D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9	F71E3032-7348-4BA0-BCAE-065CF400AA9F	\N	APBD	2021-06-17	2026-06-17	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.618176+00	2026-12-07 23:22:48.618176+00
7cd84f7a-6a18-4598-935c-d2f8b07139a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Layanan kesehatan bergerak Kukar–Samarinda	Layanan kesehatan bergerak Kukar–Samarinda. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	berakhir	{"adendumBerjalan":false,"alasanBerakhir":"kesepakatanParaPihak","dokumenDitandatangani":["perjanjianKerjaSama","suratPenawaran","kak","kesepakatanBersama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}},{"dari":"pelaksanaan","ke":"penatausahaan","peristiwa":{"lanjut":{"ke":"penatausahaan"}}},{"dari":"penatausahaan","ke":"pelaporan","peristiwa":{"lanjut":{"ke":"pelaporan"}}},{"dari":"pelaporan","ke":"berakhir","peristiwa":{"akhiri":{"_0":"kesepakatanParaPihak"}}}],"tahap":"berakhir"}	1.02		085A05E7-7665-49FF-9B32-F7176B768170	FDA47AF9-905C-4108-9111-4566DACA0E3E	\N	APBD	2023-08-26	2028-07-30	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.668411+00	2026-12-07 23:22:48.668411+00
d115cd10-c141-4f84-9684-c491ff15bc1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Promosi investasi bersama Kaltim	Promosi investasi bersama Kaltim. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	penatausahaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kesepakatanBersama","suratPenawaran","kak","perjanjianKerjaSama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}},{"dari":"pelaksanaan","ke":"penatausahaan","peristiwa":{"lanjut":{"ke":"penatausahaan"}}}],"tahap":"penatausahaan"}	2.18		835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7	CB477E52-1449-4F89-BC6E-C516EFF7D127	\N	APBD	2026-07-11	2030-11-27	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.682948+00	2026-12-07 23:22:48.682948+00
4b6f798e-29c0-4d7a-88bf-15581410d497	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengembangan UMKM kawasan penyangga IKN	Pengembangan UMKM kawasan penyangga IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["perjanjianKerjaSama","suratPenawaran","kak","kesepakatanBersama"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	2.17		F141289F-B0EF-4C80-8F86-74D9F37C8E89	9CE1C99D-5F4B-47D5-9C75-DBDCEBA6DA2A	\N	APBD	2022-02-22	2027-01-27	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.708459+00	2026-12-07 23:22:48.708459+00
a76637bf-8bf7-4056-bc95-a0cd1d11eee9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Perpustakaan keliling lintas daerah	Perpustakaan keliling lintas daerah. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddSukarela	penandatangananKB	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","suratPenawaran"],"jenis":"ksddSukarela","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}}],"tahap":"penandatangananKB"}	2.23		05F77C39-6853-4D28-AF7A-B243B095DA4C	E72D9FE5-27E7-415B-9AEA-858E345D48D7	\N	APBD	2026-12-23	2028-12-22	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.754966+00	2026-12-07 23:22:48.754966+00
9106a71c-e5fa-49a4-a675-d15e7aec3de7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengamanan koridor jalan Samarinda–IKN	Pengamanan koridor jalan Samarinda–IKN. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksddWajib	pelaksanaan	{"adendumBerjalan":false,"dokumenDitandatangani":["kak","perjanjianKerjaSama","kesepakatanBersama","suratPenawaran"],"jenis":"ksddWajib","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":false,"mitraOtoritaIKN":true,"sudahDianggarkanAPBD":true},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"kak"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}},{"dari":"penandatangananKB","ke":"penandatangananKB","peristiwa":{"catatTandaTangan":{"_0":"kesepakatanBersama"}}},{"dari":"penandatangananKB","ke":"penyusunanPKS","peristiwa":{"lanjut":{"ke":"penyusunanPKS"}}},{"dari":"penyusunanPKS","ke":"penandatangananPKS","peristiwa":{"lanjut":{"ke":"penandatangananPKS"}}},{"dari":"penandatangananPKS","ke":"penandatangananPKS","peristiwa":{"catatTandaTangan":{"_0":"perjanjianKerjaSama"}}},{"dari":"penandatangananPKS","ke":"pelaksanaan","peristiwa":{"lanjut":{"ke":"pelaksanaan"}}}],"tahap":"pelaksanaan"}	1.05		085A05E7-7665-49FF-9B32-F7176B768170,F141289F-B0EF-4C80-8F86-74D9F37C8E89	243249F3-C092-4625-8679-86457993BD46	\N	APBD	2024-09-29	2027-02-26	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.785434+00	2026-12-07 23:22:48.785434+00
a6b12971-4439-43ed-b4d1-128bfc89b0e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pengelolaan air minum curah Samboja	Pengelolaan air minum curah Samboja. Data contoh untuk demonstrasi siklus kerja sama; bukan naskah resmi.	ksdpkPelayananPublik	penandatangananKB	{"adendumBerjalan":false,"dokumenDitandatangani":["studiKelayakan","suratPenawaran"],"jenis":"ksdpkPelayananPublik","jumlahAdendum":0,"penilaianDPRD":{"membebaniMasyarakatDanDaerah":true,"mitraOtoritaIKN":false,"sudahDianggarkanAPBD":false},"persetujuan":[],"persetujuanAdendum":[],"riwayat":[{"dari":"persiapan","ke":"persiapan","peristiwa":{"catatTandaTangan":{"_0":"studiKelayakan"}}},{"dari":"persiapan","ke":"penawaran","peristiwa":{"lanjut":{"ke":"penawaran"}}},{"dari":"penawaran","ke":"penawaran","peristiwa":{"catatTandaTangan":{"_0":"suratPenawaran"}}},{"dari":"penawaran","ke":"penyusunanKB","peristiwa":{"lanjut":{"ke":"penyusunanKB"}}},{"dari":"penyusunanKB","ke":"penandatangananKB","peristiwa":{"lanjut":{"ke":"penandatangananKB"}}}],"tahap":"penandatangananKB"}	1.04		AB723485-CB4A-4C50-B8E6-13FA6CF7F558	81D3BA76-4751-4C13-9AA8-4C5DFC0D96C7	250000000000	APBD	2027-01-07	2032-01-07	\N	\N	\N	\N	\N	0	\N	t	1	2026-12-07 23:22:48.804897+00	2026-12-07 23:22:48.804897+00
\.


--
-- Data for Name: kerja_sama_kait; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.kerja_sama_kait (kerja_sama_id, pemda_id, jenis, nilai) FROM stdin;
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.01
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	05F77C39-6853-4D28-AF7A-B243B095DA4C
b8f0328f-bba7-4144-bb2d-56323e23d688	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	4EF8537D-B5A4-4125-BBA2-E336DE87550A
613e5ffd-8c50-41df-8b8a-c3920bfe47b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.15
613e5ffd-8c50-41df-8b8a-c3920bfe47b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	05F77C39-6853-4D28-AF7A-B243B095DA4C
613e5ffd-8c50-41df-8b8a-c3920bfe47b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
613e5ffd-8c50-41df-8b8a-c3920bfe47b3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120
03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.03
03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7
03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	F71E3032-7348-4BA0-BCAE-065CF400AA9F
50a66a0c-cd49-4d06-9d87-1953a027cca2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.02
50a66a0c-cd49-4d06-9d87-1953a027cca2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	05F77C39-6853-4D28-AF7A-B243B095DA4C
50a66a0c-cd49-4d06-9d87-1953a027cca2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	FDA47AF9-905C-4108-9111-4566DACA0E3E
09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.03
09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	085A05E7-7665-49FF-9B32-F7176B768170
09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7
09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	F71E3032-7348-4BA0-BCAE-065CF400AA9F
4dbf5917-bae1-443c-86e7-0b2a3e39eea7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.11
4dbf5917-bae1-443c-86e7-0b2a3e39eea7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	085A05E7-7665-49FF-9B32-F7176B768170
4dbf5917-bae1-443c-86e7-0b2a3e39eea7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	9ECBE07D-8736-4E41-8B7C-C9852451B8B8
bbca3706-e204-4de9-ae8f-68393beac169	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
bbca3706-e204-4de9-ae8f-68393beac169	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7
bbca3706-e204-4de9-ae8f-68393beac169	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2
ae8ddb8d-cb9c-4638-8e54-a796171db384	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
ae8ddb8d-cb9c-4638-8e54-a796171db384	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	085A05E7-7665-49FF-9B32-F7176B768170
ae8ddb8d-cb9c-4638-8e54-a796171db384	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2
fab70f15-54ee-4663-b890-4fc443a150b2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.09
fab70f15-54ee-4663-b890-4fc443a150b2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
fab70f15-54ee-4663-b890-4fc443a150b2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	A0C0ED39-9774-4BB4-B01E-EA77136668DE
4864ad6e-2802-47cc-a53a-9eac25c9f914	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.12
4864ad6e-2802-47cc-a53a-9eac25c9f914	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
4864ad6e-2802-47cc-a53a-9eac25c9f914	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	05F77C39-6853-4D28-AF7A-B243B095DA4C
4864ad6e-2802-47cc-a53a-9eac25c9f914	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	BA3021FE-A774-458C-90CB-D8DF22E59565
55d1c686-a54e-458d-8870-b58bb8bdd9cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.05
55d1c686-a54e-458d-8870-b58bb8bdd9cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	41BD57A1-4803-4731-98A3-7C899D2C514D
55d1c686-a54e-458d-8870-b58bb8bdd9cc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	8BB45885-C1D6-49AA-B27E-A51283D16E81
729ec339-b342-4712-8da6-ff3538642496	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.15
729ec339-b342-4712-8da6-ff3538642496	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
729ec339-b342-4712-8da6-ff3538642496	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120
f9acbf57-9a29-4f5e-ae85-d379099693d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
f9acbf57-9a29-4f5e-ae85-d379099693d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
f9acbf57-9a29-4f5e-ae85-d379099693d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2
93bbc932-bbe4-490f-a7a2-30dc0cfe7a23	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.25
93bbc932-bbe4-490f-a7a2-30dc0cfe7a23	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
93bbc932-bbe4-490f-a7a2-30dc0cfe7a23	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	C425F22E-8F08-45B2-AEEB-77C7C764A611
967557a3-7d70-4c88-be03-678bbf332a0e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.20
967557a3-7d70-4c88-be03-678bbf332a0e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	06D4AFD6-4077-4349-8312-3C74BC7B5041
967557a3-7d70-4c88-be03-678bbf332a0e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	319A2730-2D0F-47A0-9D1C-AFD8A218480E
4229e1d4-f1b2-4780-9efa-34c59e913576	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.15
4229e1d4-f1b2-4780-9efa-34c59e913576	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A
4229e1d4-f1b2-4780-9efa-34c59e913576	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120
60c78bd7-36ac-4895-8498-13bcb6d4a480	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.15
60c78bd7-36ac-4895-8498-13bcb6d4a480	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A
60c78bd7-36ac-4895-8498-13bcb6d4a480	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	B8BA3487-933A-4C99-9F8D-B8EA2A4DC120
fe92b31d-ae48-4d33-88f4-afdabf4bfb85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.20
fe92b31d-ae48-4d33-88f4-afdabf4bfb85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	1B1CF9D0-5358-4DD3-B8BD-97B5ED7FCE9A
fe92b31d-ae48-4d33-88f4-afdabf4bfb85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	319A2730-2D0F-47A0-9D1C-AFD8A218480E
aa8572e5-5624-4fc0-88b4-ca32316df955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
aa8572e5-5624-4fc0-88b4-ca32316df955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.22
aa8572e5-5624-4fc0-88b4-ca32316df955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	240FE090-4BC0-4C39-8131-01F3CA17990C
aa8572e5-5624-4fc0-88b4-ca32316df955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2
f7105815-6f74-47be-85ee-81fabdcee4d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.22
f7105815-6f74-47be-85ee-81fabdcee4d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	240FE090-4BC0-4C39-8131-01F3CA17990C
f7105815-6f74-47be-85ee-81fabdcee4d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	4EF8537D-B5A4-4125-BBA2-E336DE87550A
df61a523-99f0-4505-ae1f-8f52e64ed067	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.13
df61a523-99f0-4505-ae1f-8f52e64ed067	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	E031AC67-6F22-43CA-AF4F-FF4F50274895
b148434a-058c-477b-bdd2-8bb50996d7eb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
b148434a-058c-477b-bdd2-8bb50996d7eb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
b148434a-058c-477b-bdd2-8bb50996d7eb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	E031AC67-6F22-43CA-AF4F-FF4F50274895
c74eb988-38c6-4fdc-976a-316c330e2773	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	3.26
c74eb988-38c6-4fdc-976a-316c330e2773	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
c74eb988-38c6-4fdc-976a-316c330e2773	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2
fd995a79-bce5-4f63-be44-e4560117c0e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.03
fd995a79-bce5-4f63-be44-e4560117c0e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9
fd995a79-bce5-4f63-be44-e4560117c0e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	F71E3032-7348-4BA0-BCAE-065CF400AA9F
7cd84f7a-6a18-4598-935c-d2f8b07139a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.02
7cd84f7a-6a18-4598-935c-d2f8b07139a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	085A05E7-7665-49FF-9B32-F7176B768170
7cd84f7a-6a18-4598-935c-d2f8b07139a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	FDA47AF9-905C-4108-9111-4566DACA0E3E
d115cd10-c141-4f84-9684-c491ff15bc1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.18
d115cd10-c141-4f84-9684-c491ff15bc1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7
d115cd10-c141-4f84-9684-c491ff15bc1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	CB477E52-1449-4F89-BC6E-C516EFF7D127
4b6f798e-29c0-4d7a-88bf-15581410d497	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.17
4b6f798e-29c0-4d7a-88bf-15581410d497	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
4b6f798e-29c0-4d7a-88bf-15581410d497	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	9CE1C99D-5F4B-47D5-9C75-DBDCEBA6DA2A
11905f8d-364d-43ba-8090-2a1eccc9333d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.07
11905f8d-364d-43ba-8090-2a1eccc9333d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
11905f8d-364d-43ba-8090-2a1eccc9333d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	067C80AE-F646-4012-B9D4-6DEA6A8A2C2F
a76637bf-8bf7-4056-bc95-a0cd1d11eee9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	2.23
a76637bf-8bf7-4056-bc95-a0cd1d11eee9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	05F77C39-6853-4D28-AF7A-B243B095DA4C
a76637bf-8bf7-4056-bc95-a0cd1d11eee9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	E72D9FE5-27E7-415B-9AEA-858E345D48D7
9106a71c-e5fa-49a4-a675-d15e7aec3de7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.05
9106a71c-e5fa-49a4-a675-d15e7aec3de7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	085A05E7-7665-49FF-9B32-F7176B768170
9106a71c-e5fa-49a4-a675-d15e7aec3de7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	F141289F-B0EF-4C80-8F86-74D9F37C8E89
9106a71c-e5fa-49a4-a675-d15e7aec3de7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	243249F3-C092-4625-8679-86457993BD46
a6b12971-4439-43ed-b4d1-128bfc89b0e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	urusan	1.04
a6b12971-4439-43ed-b4d1-128bfc89b0e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra	AB723485-CB4A-4C50-B8E6-13FA6CF7F558
a6b12971-4439-43ed-b4d1-128bfc89b0e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	unit	81D3BA76-4751-4C13-9AA8-4C5DFC0D96C7
\.


--
-- Data for Name: ketetanggaan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ketetanggaan (id, kode_a, kode_b, sumber) FROM stdin;
e3c974b5-22e3-4358-9718-014e5b7bcf7d	64.02	64.07	manual
90f589bf-6695-4b04-b674-052a5ea6c74a	64.02	64.08	manual
f4bfd7d6-c051-4eaa-87ba-b15f882b8f92	64.02	64.09	manual
de3c4b76-3c77-481e-9489-cb03392a944e	64.02	64.11	manual
edfe7615-d7ea-4dfb-9015-3fef69a14344	64.02	64.71	manual
c6511983-e55e-49bf-91da-680432511820	64.02	64.72	manual
3d47b294-9f4f-4327-acf8-e3459471b9bd	64.02	64.74	manual
\.


--
-- Data for Name: kewajiban; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.kewajiban (id, pemda_id, kerja_sama_id, uraian, pemilik, jatuh_tempo, periode, status, bukti_id, version) FROM stdin;
f4ada37f-ba69-47dd-afba-b3c806fd8f2e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	bbca3706-e204-4de9-ae8f-68393beac169	Menyusun kalender promosi bersama	Dinas Pariwisata	2026-11-18	\N	berjalan	\N	1
c4f4275a-bf2d-49f8-af61-ca5ca13a0197	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	bbca3706-e204-4de9-ae8f-68393beac169	Laporan pelaksanaan festival	PARA PIHAK	2027-01-02	\N	belum	\N	1
c000bca3-b530-4c66-b737-b031f0f6850e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ae8ddb8d-cb9c-4638-8e54-a796171db384	Menyediakan instruktur pelatihan	Pemerintah Kota Samarinda	2026-12-23	\N	belum	\N	1
fd7c8f9c-181b-4ab5-b17a-0b104e6dec4c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fab70f15-54ee-4663-b890-4fc443a150b2	Laporan neraca pangan triwulanan	Dinas Ketahanan Pangan	2026-12-03	\N	berjalan	\N	1
73e613bb-90d0-42ce-9869-b5fe531ff711	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fab70f15-54ee-4663-b890-4fc443a150b2	Rapat koordinasi pasokan	PARA PIHAK	2027-01-17	\N	belum	\N	1
21bbc558-aef3-4254-980a-fb64fc001268	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4864ad6e-2802-47cc-a53a-9eac25c9f914	Sinkronisasi data bulanan	Dinas Kependudukan dan Pencatatan Sipil	2026-12-18	\N	belum	\N	1
8a29e9bd-c412-4cef-88e8-a3e9f5bb2caa	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	729ec339-b342-4712-8da6-ff3538642496	Menyediakan armada layak jalan	PT Angkutan Sungai Mahakam (contoh)	2027-01-07	\N	belum	\N	1
164deced-757e-4b37-8efc-4c9546b93d63	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	729ec339-b342-4712-8da6-ff3538642496	Setoran retribusi dermaga ke kas daerah	PT Angkutan Sungai Mahakam (contoh)	2026-12-05	\N	berjalan	\N	1
0b69da00-f9a3-460d-87a6-c41b7235149a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	60c78bd7-36ac-4895-8498-13bcb6d4a480	Penyediaan lahan dermaga	Pemerintah Kabupaten Kutai Kartanegara	2026-11-08	\N	berjalan	\N	1
9d3e0e63-89e6-4bb6-9e12-640172137cff	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b148434a-058c-477b-bdd2-8bb50996d7eb	Bagi hasil pengelolaan homestay	PT Angkutan Sungai Mahakam (contoh)	2027-01-27	\N	belum	\N	1
50f3c4fa-ca49-4446-a3e2-0e15e2dc196d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4b6f798e-29c0-4d7a-88bf-15581410d497	Kurasi produk UMKM	Dinas Koperasi dan Usaha Kecil Menengah	2027-02-06	\N	belum	\N	1
\.


--
-- Data for Name: klausul_naskah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.klausul_naskah (id, pemda_id, kode, varian, versi, isi, pengguna, waktu) FROM stdin;
\.


--
-- Data for Name: komentar_naskah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.komentar_naskah (id, pemda_id, naskah_id, induk_id, pasal_kunci, pasal_label, versi, pengguna_id, nama, asal, dari_mitra, isi, selesai, diselesaikan_oleh, waktu) FROM stdin;
fdf3364b-083c-40a3-ad9d-640e7e0a255d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9a1d35ab-4938-48c2-b560-49cec6fe6125	\N	pelaksanaan	Pasal 3 PELAKSANAAN	1	4e4aa3b6-444a-4f72-b963-52c6c0e313f8	Peninjau Kabupaten Penajam Paser Utara	Pemerintah Kabupaten Penajam Paser Utara	t	Mohon ditambahkan pembentukan tim teknis bersama kedua Dinas Perhubungan, termasuk jadwal rapat koordinasi, agar pelaksanaan tidak menunggu PKS.	f	\N	2026-12-07 23:22:48.97641+00
e20d4d2d-22e2-4c7c-b935-5ec22c11b1b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9a1d35ab-4938-48c2-b560-49cec6fe6125	\N	jangka-waktu	Pasal 5 JANGKA WAKTU	1	6b4eb656-02ec-4219-8b82-c932c7965b2a	Anggota TKKSD dari Bagian Hukum	Kabupaten Kutai Kartanegara	f	Jangka waktu 5 tahun sesuai batas paling lama; pastikan perpanjangan melalui kesepakatan baru.	f	\N	2026-12-07 23:22:48.993159+00
499dacc6-8aea-404a-a318-f068dcd0c25d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9a1d35ab-4938-48c2-b560-49cec6fe6125	fdf3364b-083c-40a3-ad9d-640e7e0a255d	pelaksanaan	Pasal 3 PELAKSANAAN	2	949c0742-5217-413c-81c4-faa0842f8d5d	Admin Bagian Kerja Sama Kukar	Kabupaten Kutai Kartanegara	f	Sudah ditambahkan sebagai ayat terakhir Pasal 3 pada versi 2.	f	\N	2026-12-07 23:22:49.019798+00
\.


--
-- Data for Name: lampiran; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.lampiran (id, pemda_id, entitas, entitas_id, nama_asli, tipe, ukuran, sha256, diunggah_oleh, waktu) FROM stdin;
\.


--
-- Data for Name: mitra; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.mitra (id, pemda_id, jenis, nama, kode_wilayah, alamat, keterangan, contoh, version, dibuat_pada) FROM stdin;
f141289f-b0ef-4c80-8f86-74d9f37c8e89	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	otoritaIKN	Otorita Ibu Kota Nusantara	\N	\N	Pemerintah Daerah Khusus IKN (UU 3/2022 jo. UU 21/2023; PP 27/2023 Pasal 8–9). Berbatasan dengan Kecamatan Loa Kulu, Loa Janan dan Sanga-Sanga (UU 21/2023 Pasal 6 ayat (2)).	t	1	2026-12-07 23:22:46.503734+00
05f77c39-6853-4d28-af7a-b243b095da4c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	daerah	Pemerintah Kabupaten Penajam Paser Utara	64.09	\N	Daerah berbatasan di kawasan penyangga IKN.	t	1	2026-12-07 23:22:46.509505+00
085a05e7-7665-49ff-9b32-f7176b768170	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	daerah	Pemerintah Kota Samarinda	64.72	\N	Daerah berbatasan; ibu kota Provinsi Kalimantan Timur.	t	1	2026-12-07 23:22:46.51028+00
41bd57a1-4803-4731-98a3-7c899d2c514d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	daerah	Pemerintah Kota Balikpapan	64.71	\N	Daerah di kawasan penyangga IKN.	t	1	2026-12-07 23:22:46.511012+00
d7cecc20-c39d-4fb6-9f5a-bbb34154c5e9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	daerah	Pemerintah Kabupaten Kutai Timur	64.08	\N	Daerah berbatasan.	t	1	2026-12-07 23:22:46.511754+00
835ad25a-4db8-49de-b80e-6ee1cbc23ae7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	daerah	Pemerintah Provinsi Kalimantan Timur	64	\N	Provinsi; Gubernur sebagai wakil Pemerintah Pusat.	t	1	2026-12-07 23:22:46.512533+00
1b1cf9d0-5358-4dd3-b8bd-97b5ed7fce9a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kementerianLembaga	Kementerian Perhubungan	\N	\N	Contoh mitra sinergi Pusat–Daerah (Nota Kesepakatan dan Rencana Kerja).	t	1	2026-12-07 23:22:46.516695+00
ab723485-cb4a-4c50-b8e6-13fa6cf7f558	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	pihakKetiga	PT Angkutan Sungai Mahakam (contoh)	\N	\N	Contoh badan usaha; bukan perusahaan nyata.	t	1	2026-12-07 23:22:46.517483+00
95d6bf26-a13c-4c41-89cd-0548e89f331f	55f89f44-0db5-4ec1-8378-496eba2973b7	daerah	Pemerintah Kabupaten Kutai Kartanegara	64.02	\N	Daerah berbatasan.	t	1	2026-12-07 23:22:46.537488+00
240fe090-4bc0-4c39-8131-01f3ca17990c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	pemdaLuarNegeri	Majlis Perbandaran Tawau, Malaysia (contoh)	\N	\N	Contoh mitra pemerintah daerah di luar negeri; bukan data nyata.	t	1	2026-12-07 23:22:48.155119+00
06d4afd6-4077-4349-8312-3c74bc7b5041	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	pihakKetiga	Universitas Mulawarman (contoh)	\N	\N	Contoh mitra perguruan tinggi; bukan data nyata.	t	1	2026-12-07 23:22:48.160741+00
\.


--
-- Data for Name: naskah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.naskah (id, pemda_id, jenis, jenis_kerja_sama, judul, unit_id, mitra_id, usulan_id, induk_id, status, dibagikan, versi_terkini, isi, ditandatangani_pada, contoh, version, dibuat_oleh, dibuat_pada, diubah_pada, dibagikan_sejak, dibagikan_pada) FROM stdin;
9a1d35ab-4938-48c2-b560-49cec6fe6125	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kesepakatanBersama	ksddSukarela	Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	05f77c39-6853-4d28-af7a-b243b095da4c	af23d6ea-d97c-45e1-a8b5-daf24e88c105	\N	ditinjau	t	2	{"jenis":"kesepakatanBersama","jenisKerjaSama":"ksddSukarela","judul":"KESEPAKATAN BERSAMA","lampiran":[],"mengingat":[],"paraf":["Kepala Bagian Kerja Sama","Kepala Bagian Hukum"],"pasal":[{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN."},{"teks":"Kesepakatan Bersama ini bertujuan untuk pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara."}],"jenis":"ayat"}],"judul":"MAKSUD DAN TUJUAN","klausul":{"kode":"maksud-tujuan","nilai":{"maksud":"melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN","tujuan":"pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara"},"varian":"umum","versi":1},"kunci":"maksud-tujuan"},{"isi":[{"jenis":"paragraf","teks":"Ruang lingkup Kesepakatan Bersama ini meliputi:"},{"butir":[{"teks":"rute terpadu;"},{"teks":"integrasi tiket;"},{"teks":"pendanaan sarana;"},{"teks":"pertukaran data dan informasi; dan"},{"teks":"hal lain yang disepakati oleh PARA PIHAK."}],"jenis":"huruf"}],"judul":"RUANG LINGKUP","kunci":"ruang-lingkup"},{"isi":[{"butir":[{"teks":"Pelaksanaan Kesepakatan Bersama ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang disusun oleh perangkat daerah teknis PARA PIHAK."},{"teks":"Perangkat daerah pelaksana: Dinas Perhubungan Kabupaten Kutai Kartanegara dan Dinas Perhubungan Kabupaten Penajam Paser Utara."},{"teks":"Lokasi pelaksanaan meliputi Kecamatan Tenggarong dan Kecamatan Loa Janan."},{"teks":"PARA PIHAK membentuk tim teknis bersama yang beranggotakan perangkat daerah pelaksana dan melaksanakan rapat koordinasi paling sedikit 1 (satu) kali dalam 3 (tiga) bulan."}],"jenis":"ayat"}],"judul":"PELAKSANAAN","kunci":"pelaksanaan"},{"isi":[{"jenis":"paragraf","teks":"Biaya yang timbul dari pelaksanaan Kesepakatan Bersama ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan."}],"judul":"PEMBIAYAAN","klausul":{"kode":"pembiayaan","nilai":{},"varian":"apbd-masing-masing","versi":1},"kunci":"pembiayaan"},{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."},{"teks":"Kesepakatan Bersama ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat 3 (tiga) bulan sebelum berakhir."}],"jenis":"ayat"}],"judul":"JANGKA WAKTU","klausul":{"kode":"jangka-waktu","nilai":{"bulanPemberitahuan":"3","tahun":"5"},"varian":"umum","versi":1},"kunci":"jangka-waktu"},{"isi":[{"jenis":"paragraf","teks":"PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan Kesepakatan Bersama ini paling sedikit 2 (dua) kali dalam 1 (satu) tahun."}],"judul":"PEMANTAUAN DAN EVALUASI","klausul":{"kode":"pemantauan-evaluasi","nilai":{"kali":"2"},"varian":"umum","versi":1},"kunci":"pemantauan-evaluasi"},{"isi":[{"butir":[{"teks":"Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."},{"teks":"Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat 14 (empat belas) hari sejak terjadinya keadaan kahar."},{"teks":"Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran Kesepakatan Bersama ini."}],"jenis":"ayat"}],"judul":"KEADAAN KAHAR","klausul":{"kode":"keadaan-kahar","nilai":{"hariPemberitahuan":"14"},"varian":"umum","versi":1},"kunci":"keadaan-kahar"},{"isi":[{"butir":[{"teks":"Perselisihan yang timbul dalam pelaksanaan Kesepakatan Bersama ini diselesaikan secara musyawarah untuk mufakat."},{"teks":"Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah."}],"jenis":"ayat"}],"judul":"PENYELESAIAN PERSELISIHAN","klausul":{"kode":"penyelesaian-perselisihan","nilai":{},"varian":"ksdd","versi":1},"kunci":"penyelesaian-perselisihan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini berakhir apabila:"},{"butir":[{"teks":"jangka waktu berakhir;"},{"teks":"tujuan telah tercapai;"},{"teks":"PARA PIHAK sepakat mengakhiri;"},{"teks":"terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan Kesepakatan Bersama tidak dapat dilaksanakan; atau"},{"teks":"objek kerja sama hilang atau musnah."}],"jenis":"huruf"},{"jenis":"paragraf","teks":"Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri Kesepakatan Bersama ini."}],"judul":"PENGAKHIRAN","klausul":{"kode":"pengakhiran","nilai":{},"varian":"ksdd","versi":1},"kunci":"pengakhiran"},{"isi":[{"jenis":"paragraf","teks":"Hal-hal yang belum diatur atau perubahan atas Kesepakatan Bersama ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari Kesepakatan Bersama ini."}],"judul":"LAIN-LAIN","klausul":{"kode":"perubahan","nilai":{},"varian":"umum","versi":1},"kunci":"perubahan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK."}],"judul":"PENUTUP","klausul":{"kode":"penutup","nilai":{"rangkap":"2"},"varian":"umum","versi":1},"kunci":"penutup"}],"pengantarPasal":"Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:","pengantarPertimbangan":"PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:","pertimbangan":["bahwa PIHAK KESATU dan PIHAK KEDUA merupakan daerah yang berbatasan dan memiliki kepentingan bersama dalam integrasi angkutan sungai dan darat Tenggarong–IKN;","bahwa penyelenggaraan urusan pemerintahan bidang perhubungan akan lebih efektif dan efisien apabila dilaksanakan melalui kerja sama daerah;","bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, kerja sama daerah dengan daerah lain diawali dengan kesepakatan bersama;"],"pihak":[{"alamat":"Tenggarong","instansi":"Pemerintah Kabupaten Kutai Kartanegara","jabatan":"Bupati Kutai Kartanegara","nama":"(Nama Bupati Kutai Kartanegara)","nomorDokumen":"100.3.7\\/12\\/KS\\/V\\/2024","pemerintah":true},{"alamat":"Penajam","instansi":"Pemerintah Kabupaten Penajam Paser Utara","jabatan":"Bupati Penajam Paser Utara","nama":"(Nama Bupati Penajam Paser Utara)","nomorDokumen":"180\\/45\\/Pem\\/2024","pemerintah":true}],"tanggal":"2024-05-03","tembusan":[],"tempat":"Samarinda","tentang":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","urutanTandaTangan":[1,0],"versiSkema":1}	\N	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.937196+00	2026-12-07 23:22:49.00875+00	1	2026-12-07 23:22:48.968491+00
b93925db-11f6-4e93-84c7-debd133b9948	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	perjanjianKerjaSama	ksddSukarela	Perjanjian Kerja Sama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	05f77c39-6853-4d28-af7a-b243b095da4c	af23d6ea-d97c-45e1-a8b5-daf24e88c105	9a1d35ab-4938-48c2-b560-49cec6fe6125	draf	f	1	{"jenis":"perjanjianKerjaSama","jenisKerjaSama":"ksddSukarela","judul":"PERJANJIAN KERJA SAMA","lampiran":[{"isi":[{"jenis":"paragraf","teks":"Rencana kerja pelaksanaan Perjanjian Kerja Sama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara:"},{"jenis":"tabel","tabel":{"baris":[["1","rute terpadu","……","……","……"],["2","integrasi tiket","……","……","……"],["3","pendanaan sarana","……","……","……"]],"kolom":["No","Kegiatan","Keluaran","Waktu","Penanggung Jawab"]}}],"judul":"RENCANA KERJA"}],"mengingat":[],"paraf":["Kepala Bagian Kerja Sama","Kepala Bagian Hukum"],"pasal":[{"isi":[{"butir":[{"teks":"Perjanjian Kerja Sama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara."},{"teks":"Perjanjian Kerja Sama ini bertujuan untuk pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara."}],"jenis":"ayat"}],"judul":"MAKSUD DAN TUJUAN","klausul":{"kode":"maksud-tujuan","nilai":{"maksud":"melaksanakan Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","tujuan":"pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara"},"varian":"umum","versi":1},"kunci":"maksud-tujuan"},{"isi":[{"jenis":"paragraf","teks":"Objek Perjanjian Kerja Sama ini adalah integrasi angkutan sungai dan darat Tenggarong–IKN, dengan ruang lingkup meliputi:"},{"butir":[{"teks":"rute terpadu;"},{"teks":"integrasi tiket;"},{"teks":"pendanaan sarana;"},{"teks":"pertukaran data dan informasi; dan"},{"teks":"hal lain yang disepakati oleh PARA PIHAK."}],"jenis":"huruf"}],"judul":"OBJEK DAN RUANG LINGKUP","kunci":"ruang-lingkup"},{"isi":[{"butir":[{"teks":"Pelaksanaan Perjanjian Kerja Sama ini dilakukan oleh Dinas Perhubungan Kabupaten Kutai Kartanegara dan Dinas Perhubungan Kabupaten Penajam Paser Utara."},{"teks":"Rincian kegiatan, keluaran, waktu dan penanggung jawab tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Perjanjian Kerja Sama ini."}],"jenis":"ayat"}],"judul":"PELAKSANAAN","kunci":"pelaksanaan"},{"isi":[{"butir":[{"rincian":["memperoleh data dan informasi yang diperlukan dari PIHAK KEDUA dalam pelaksanaan Perjanjian Kerja Sama ini; dan","memperoleh manfaat dari pelaksanaan Perjanjian Kerja Sama ini sesuai dengan kesepakatan."],"teks":"PIHAK KESATU berhak:"},{"rincian":["menyediakan dermaga sungai, armada angkutan sungai, terminal Tenggarong;","menugaskan perangkat daerah pelaksana; dan","menyampaikan laporan pelaksanaan kepada PIHAK KEDUA paling sedikit 2 (dua) kali dalam 1 (satu) tahun."],"teks":"PIHAK KESATU berkewajiban:"},{"rincian":["memperoleh data dan informasi yang diperlukan dari PIHAK KESATU dalam pelaksanaan Perjanjian Kerja Sama ini; dan","memperoleh manfaat dari pelaksanaan Perjanjian Kerja Sama ini sesuai dengan kesepakatan."],"teks":"PIHAK KEDUA berhak:"},{"rincian":["menyediakan ……;","menugaskan perangkat daerah atau unit pelaksana; dan","menyampaikan laporan pelaksanaan kepada PIHAK KESATU paling sedikit 2 (dua) kali dalam 1 (satu) tahun."],"teks":"PIHAK KEDUA berkewajiban:"}],"jenis":"ayat"}],"judul":"HAK DAN KEWAJIBAN","klausul":{"kode":"hak-kewajiban","nilai":{"laporanPerTahun":"2","sumberDayaKedua":"……","sumberDayaKesatu":"dermaga sungai, armada angkutan sungai, terminal Tenggarong"},"varian":"umum","versi":1},"kunci":"hak-kewajiban"},{"isi":[{"jenis":"paragraf","teks":"Biaya yang timbul dari pelaksanaan Perjanjian Kerja Sama ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan."}],"judul":"PEMBIAYAAN","klausul":{"kode":"pembiayaan","nilai":{},"varian":"apbd-masing-masing","versi":1},"kunci":"pembiayaan"},{"isi":[{"butir":[{"teks":"Perjanjian Kerja Sama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."},{"teks":"Perjanjian Kerja Sama ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat 3 (tiga) bulan sebelum berakhir."}],"jenis":"ayat"}],"judul":"JANGKA WAKTU","klausul":{"kode":"jangka-waktu","nilai":{"bulanPemberitahuan":"3","tahun":"5"},"varian":"umum","versi":1},"kunci":"jangka-waktu"},{"isi":[{"jenis":"paragraf","teks":"PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan Perjanjian Kerja Sama ini paling sedikit 2 (dua) kali dalam 1 (satu) tahun."}],"judul":"PEMANTAUAN DAN EVALUASI","klausul":{"kode":"pemantauan-evaluasi","nilai":{"kali":"2"},"varian":"umum","versi":1},"kunci":"pemantauan-evaluasi"},{"isi":[{"butir":[{"teks":"Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."},{"teks":"Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat 14 (empat belas) hari sejak terjadinya keadaan kahar."},{"teks":"Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran Perjanjian Kerja Sama ini."}],"jenis":"ayat"}],"judul":"KEADAAN KAHAR","klausul":{"kode":"keadaan-kahar","nilai":{"hariPemberitahuan":"14"},"varian":"umum","versi":1},"kunci":"keadaan-kahar"},{"isi":[{"butir":[{"teks":"Perselisihan yang timbul dalam pelaksanaan Perjanjian Kerja Sama ini diselesaikan secara musyawarah untuk mufakat."},{"teks":"Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah."}],"jenis":"ayat"}],"judul":"PENYELESAIAN PERSELISIHAN","klausul":{"kode":"penyelesaian-perselisihan","nilai":{},"varian":"ksdd","versi":1},"kunci":"penyelesaian-perselisihan"},{"isi":[{"butir":[{"teks":"Dalam hal salah satu pihak tidak memenuhi kewajiban sebagaimana diatur dalam Perjanjian Kerja Sama ini, pihak lainnya memberikan teguran tertulis paling banyak 2 (dua) kali dengan tenggang waktu masing-masing 14 (empat belas) hari."},{"teks":"Dalam hal teguran sebagaimana dimaksud pada ayat (1) tidak dipenuhi, pihak yang dirugikan dapat menghentikan sementara pelaksanaan kewajibannya atau mengakhiri Perjanjian Kerja Sama ini."},{"teks":"Kerugian yang timbul akibat tidak dipenuhinya kewajiban menjadi tanggung jawab pihak yang lalai sesuai dengan ketentuan peraturan perundang-undangan."}],"jenis":"ayat"}],"judul":"SANKSI","klausul":{"kode":"sanksi","nilai":{"hariTeguran":"14","teguran":"2"},"varian":"umum","versi":1},"kunci":"sanksi"},{"isi":[{"jenis":"paragraf","teks":"Perjanjian Kerja Sama ini berakhir apabila:"},{"butir":[{"teks":"jangka waktu berakhir;"},{"teks":"tujuan telah tercapai;"},{"teks":"PARA PIHAK sepakat mengakhiri;"},{"teks":"terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan Perjanjian Kerja Sama tidak dapat dilaksanakan; atau"},{"teks":"objek kerja sama hilang atau musnah."}],"jenis":"huruf"},{"jenis":"paragraf","teks":"Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri Perjanjian Kerja Sama ini."}],"judul":"PENGAKHIRAN","klausul":{"kode":"pengakhiran","nilai":{},"varian":"ksdd","versi":1},"kunci":"pengakhiran"},{"isi":[{"jenis":"paragraf","teks":"Hal-hal yang belum diatur atau perubahan atas Perjanjian Kerja Sama ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari Perjanjian Kerja Sama ini."}],"judul":"PERUBAHAN","klausul":{"kode":"perubahan","nilai":{},"varian":"umum","versi":1},"kunci":"perubahan"},{"isi":[{"jenis":"paragraf","teks":"Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK."}],"judul":"PENUTUP","klausul":{"kode":"penutup","nilai":{"rangkap":"2"},"varian":"umum","versi":1},"kunci":"penutup"}],"pengantarPasal":"Berdasarkan pertimbangan sebagaimana dimaksud di atas, PARA PIHAK sepakat untuk mengadakan Perjanjian Kerja Sama dengan ketentuan sebagai berikut:","pengantarPertimbangan":"PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:","pertimbangan":["bahwa PARA PIHAK telah menandatangani Kesepakatan Bersama Nomor 100.3.7\\/12\\/KS\\/V\\/2024 dan Nomor 180\\/45\\/Pem\\/2024 tanggal 3 Mei 2024 tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara;","bahwa sebagai tindak lanjut Kesepakatan Bersama sebagaimana dimaksud dalam huruf a, perlu menyusun Perjanjian Kerja Sama yang mengatur hak dan kewajiban PARA PIHAK;"],"pihak":[{"alamat":"Tenggarong","instansi":"Pemerintah Kabupaten Kutai Kartanegara","jabatan":"Bupati Kutai Kartanegara","nama":"(Nama Bupati Kutai Kartanegara)","pemerintah":true},{"alamat":"Penajam","instansi":"Pemerintah Kabupaten Penajam Paser Utara","jabatan":"Bupati Penajam Paser Utara","nama":"(Nama Bupati Penajam Paser Utara)","pemerintah":true}],"rujukan":{"jenis":"kesepakatanBersama","judul":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","nomor":["100.3.7\\/12\\/KS\\/V\\/2024","180\\/45\\/Pem\\/2024"],"tanggal":"2024-05-03"},"tembusan":[],"tempat":"Samarinda","tentang":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","urutanTandaTangan":[1,0],"versiSkema":1}	\N	t	1	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:49.059357+00	2026-12-07 23:22:49.059357+00	\N	\N
\.


--
-- Data for Name: nilai_usulan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.nilai_usulan (id, pemda_id, periode_id, usulan_id, pengguna_id, nilai, alasan, diubah_pada) FROM stdin;
5bafafe1-b254-478e-98c0-6ca3b07044a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af23d6ea-d97c-45e1-a8b5-daf24e88c105	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":5,"kapasitas":5,"urgensi":5,"kepercayaan":5,"perencanaan":5,"ikn":5,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.59603+00
cfad6bef-3b76-49c6-9967-81d4fd2a5bfb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af23d6ea-d97c-45e1-a8b5-daf24e88c105	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":4,"kapasitas":4,"kepercayaan":5,"tujuan":5,"komplementer":4,"urgensi":5,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.601297+00
43264aaa-4d5f-4881-b090-438966df1a21	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af23d6ea-d97c-45e1-a8b5-daf24e88c105	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"kapasitas":5,"komplementer":5,"urgensi":5,"kepercayaan":5,"perencanaan":5,"ikn":5,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.603643+00
8db4fffa-8d00-4e98-941d-034511211c0e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f7267e81-e333-4d51-b63d-c05b0de2751d	0f134298-6531-45e3-9e44-301edb73150b	{"ikn":5,"urgensi":4,"komplementer":5,"perencanaan":5,"tujuan":5,"kapasitas":5,"kepercayaan":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.629144+00
e3724324-789a-4b19-afa5-9dbe74642333	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f7267e81-e333-4d51-b63d-c05b0de2751d	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":5,"kapasitas":5,"kepercayaan":4,"tujuan":4,"komplementer":5,"urgensi":5,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.633767+00
74a4d388-196c-4214-84e7-90a8a22dcb89	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f7267e81-e333-4d51-b63d-c05b0de2751d	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"tujuan":5,"perencanaan":5,"kepercayaan":5,"urgensi":5,"komplementer":5,"ikn":5,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.636118+00
beacfcbb-f267-4039-8a4e-42a67b56bc20	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a4635889-9154-4582-8b53-1066f877fd0f	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":3,"kapasitas":4,"urgensi":4,"kepercayaan":5,"perencanaan":3,"ikn":5,"tujuan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.650525+00
bb29161e-b71b-460a-8876-6806bb193359	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a4635889-9154-4582-8b53-1066f877fd0f	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"ikn":3,"urgensi":4,"komplementer":5,"perencanaan":4,"tujuan":5,"kapasitas":4,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.654973+00
4f76cb5b-5d4b-4f3a-beb9-4fec7fbb6dab	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a4635889-9154-4582-8b53-1066f877fd0f	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":3,"kapasitas":5,"kepercayaan":4,"tujuan":4,"komplementer":5,"urgensi":4,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.657247+00
5a404234-8211-4361-b55b-96ed9310d37f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af926206-8ca6-4ee7-b58d-3145cb45e537	0f134298-6531-45e3-9e44-301edb73150b	{"tujuan":5,"perencanaan":4,"kepercayaan":5,"urgensi":4,"komplementer":5,"ikn":5,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.680828+00
5f460875-3c9a-417b-babc-cf3750bf833f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af926206-8ca6-4ee7-b58d-3145cb45e537	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"ikn":5,"urgensi":4,"komplementer":5,"perencanaan":5,"tujuan":5,"kapasitas":5,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.685236+00
04424707-010e-4b9c-9152-62edd4c1b3fb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	af926206-8ca6-4ee7-b58d-3145cb45e537	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"tujuan":4,"perencanaan":5,"kepercayaan":5,"urgensi":4,"komplementer":4,"ikn":5,"kapasitas":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.687539+00
7104231b-166b-4c3f-ab69-2638e093a6a9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2d544f77-e632-419d-a021-9420a21c6815	0f134298-6531-45e3-9e44-301edb73150b	{"ikn":5,"urgensi":4,"komplementer":4,"perencanaan":4,"tujuan":5,"kapasitas":3,"kepercayaan":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.701944+00
4eae6862-ef81-4c22-8595-65e2b307a5b7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2d544f77-e632-419d-a021-9420a21c6815	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"komplementer":4,"kapasitas":3,"urgensi":4,"kepercayaan":4,"perencanaan":4,"ikn":5,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.706293+00
3ae1800f-2c2d-49fb-97ef-e0948993d2ad	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2d544f77-e632-419d-a021-9420a21c6815	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":4,"kapasitas":4,"kepercayaan":4,"tujuan":4,"komplementer":5,"urgensi":4,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.708622+00
aafde018-4dc0-4fc7-8749-20d83c729d88	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	baebf93b-4d4b-41a6-a06e-37d9fced2943	0f134298-6531-45e3-9e44-301edb73150b	{"kapasitas":4,"komplementer":5,"urgensi":4,"kepercayaan":5,"perencanaan":4,"ikn":5,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.723204+00
f54deda5-461d-47cc-9e7a-f2a8553f3f9e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	baebf93b-4d4b-41a6-a06e-37d9fced2943	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":3,"kapasitas":5,"kepercayaan":5,"tujuan":4,"komplementer":3,"urgensi":5,"ikn":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.727736+00
41266eff-5bf5-4501-a88e-ddf998897b9a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	baebf93b-4d4b-41a6-a06e-37d9fced2943	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"kapasitas":4,"komplementer":3,"urgensi":5,"kepercayaan":5,"perencanaan":5,"ikn":4,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.729965+00
50f5201a-92b8-47f6-87b3-173419e911c6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	106877de-dde7-48aa-b13c-b65a9011fb61	0f134298-6531-45e3-9e44-301edb73150b	{"perencanaan":4,"kapasitas":5,"kepercayaan":5,"tujuan":3,"komplementer":4,"urgensi":3,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.744275+00
7fc18227-e94e-4c54-9889-318927694b12	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	106877de-dde7-48aa-b13c-b65a9011fb61	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"tujuan":3,"perencanaan":3,"kepercayaan":3,"urgensi":3,"komplementer":4,"ikn":3,"kapasitas":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.748969+00
c6d0adf8-3c37-40b1-a6e6-27d50a566b66	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	106877de-dde7-48aa-b13c-b65a9011fb61	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":5,"urgensi":4,"komplementer":5,"perencanaan":5,"tujuan":5,"kapasitas":3,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.751207+00
ffbd1de8-5045-41b3-95bc-464e74942c42	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f9e20464-2733-4a44-a8de-9b5eea6a41d2	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":4,"tujuan":4,"urgensi":3,"kepercayaan":2,"perencanaan":3,"ikn":2,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.763561+00
474e34f6-7a02-4c71-bf8a-954e593657af	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f9e20464-2733-4a44-a8de-9b5eea6a41d2	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"tujuan":3,"perencanaan":3,"kepercayaan":4,"urgensi":4,"komplementer":3,"ikn":2,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.767961+00
db85178e-4eee-413e-8230-9e80f905df10	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f9e20464-2733-4a44-a8de-9b5eea6a41d2	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":3,"urgensi":2,"komplementer":4,"perencanaan":3,"tujuan":2,"kapasitas":4,"kepercayaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.773524+00
70bb9c9a-ad95-4d43-84c9-54c2e71bc72a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	0f134298-6531-45e3-9e44-301edb73150b	{"tujuan":3,"perencanaan":3,"kepercayaan":3,"urgensi":4,"komplementer":2,"ikn":2,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.797234+00
cd86b986-2915-4b48-bc0b-2969e6a4ed55	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"ikn":2,"urgensi":4,"komplementer":4,"perencanaan":2,"tujuan":2,"kapasitas":2,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.802013+00
7baf8d5e-19e2-4933-8792-31dd4839a97b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"tujuan":2,"perencanaan":3,"kepercayaan":4,"urgensi":4,"komplementer":4,"ikn":3,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.806322+00
43642007-3764-40d2-85ac-21b083cbabb6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0f21928d-8695-4ebf-8b40-f9e141057d54	0f134298-6531-45e3-9e44-301edb73150b	{"perencanaan":5,"kapasitas":4,"kepercayaan":4,"tujuan":5,"komplementer":3,"urgensi":3,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.833672+00
0d9aa34a-dbdf-42db-a25a-1bb26e693e71	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0f21928d-8695-4ebf-8b40-f9e141057d54	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":4,"ikn":5,"kapasitas":4,"komplementer":3,"tujuan":5,"kepercayaan":3,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.84167+00
b3ff74aa-752d-4fa3-94f2-e36a2fc78c80	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0f21928d-8695-4ebf-8b40-f9e141057d54	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"komplementer":4,"tujuan":3,"urgensi":4,"kepercayaan":4,"perencanaan":4,"ikn":5,"kapasitas":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.849953+00
13df3265-761f-45c0-afea-8f74cf24e971	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	3f145785-c076-4661-9fdc-783cebf47619	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":4,"ikn":5,"komplementer":5,"perencanaan":4,"tujuan":4,"kapasitas":3,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.911379+00
e83e1d9b-3894-4ba2-8067-afac9b494bb8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	3f145785-c076-4661-9fdc-783cebf47619	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"ikn":4,"kapasitas":4,"kepercayaan":5,"tujuan":3,"komplementer":3,"urgensi":3,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.934587+00
faf21a01-29d7-48da-9e38-e6eacc3a95b8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	3f145785-c076-4661-9fdc-783cebf47619	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":3,"ikn":4,"kapasitas":4,"komplementer":4,"tujuan":5,"kepercayaan":4,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.944325+00
6974ef7f-3d2a-4c61-8251-d5eb6253e316	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	0f134298-6531-45e3-9e44-301edb73150b	{"ikn":2,"urgensi":4,"komplementer":2,"perencanaan":3,"tujuan":2,"kapasitas":3,"kepercayaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:46.996679+00
0e5b4de2-207e-4ce8-a55c-89a99000d639	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":3,"ikn":2,"kapasitas":2,"komplementer":4,"tujuan":3,"kepercayaan":4,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.014772+00
c807c0b0-55d2-4f71-b278-78bb0af573cf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"komplementer":3,"tujuan":4,"urgensi":4,"kepercayaan":2,"perencanaan":4,"ikn":3,"kapasitas":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.018487+00
df50bbbd-2825-4b3e-b23f-b1632cf2cb78	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	0f134298-6531-45e3-9e44-301edb73150b	{"perencanaan":4,"kapasitas":4,"kepercayaan":4,"tujuan":4,"komplementer":4,"urgensi":3,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.074991+00
9c43c6db-90aa-4bef-91f5-143b3fe33c9e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"komplementer":3,"tujuan":3,"urgensi":2,"kepercayaan":3,"perencanaan":3,"ikn":4,"kapasitas":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.096079+00
5e8472da-1ed4-4896-89ab-a169fce61e71	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":4,"ikn":5,"komplementer":3,"perencanaan":3,"tujuan":4,"kapasitas":3,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.106038+00
860c0fe8-b4af-488f-a428-aae2c99864fe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	0f134298-6531-45e3-9e44-301edb73150b	{"ikn":4,"kapasitas":3,"kepercayaan":3,"tujuan":4,"komplementer":4,"urgensi":4,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.144556+00
08ee7f5f-e530-4f98-b9de-ebd34ff7a4bc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":4,"ikn":4,"kapasitas":3,"komplementer":4,"tujuan":2,"kepercayaan":4,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.160604+00
23ba10aa-29c6-47e3-81d6-5475c6777674	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"komplementer":3,"kapasitas":2,"urgensi":4,"kepercayaan":4,"perencanaan":3,"ikn":4,"tujuan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.164239+00
f257b0d4-c104-4893-9a62-22f527ca4411	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9b22f368-946d-4d3d-b0be-0c6f346962a5	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":5,"ikn":5,"komplementer":3,"perencanaan":3,"tujuan":5,"kapasitas":5,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.20181+00
c7ac93ba-a336-432a-a12f-d510cb2ceb6c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9b22f368-946d-4d3d-b0be-0c6f346962a5	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":5,"ikn":5,"kapasitas":3,"komplementer":3,"tujuan":3,"kepercayaan":5,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.224554+00
5a6c786a-a8e3-4d4e-a4cd-28d2f309cd56	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9b22f368-946d-4d3d-b0be-0c6f346962a5	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":4,"kapasitas":3,"kepercayaan":3,"tujuan":5,"komplementer":4,"urgensi":5,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.233075+00
13c4e2a3-aaa0-4ae3-bb46-c7983c596b4f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":4,"kapasitas":4,"urgensi":3,"kepercayaan":5,"perencanaan":4,"ikn":5,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.277729+00
4a97778f-e7d7-4c1a-b829-7eb8f3223454	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":5,"kapasitas":5,"kepercayaan":5,"tujuan":4,"komplementer":5,"urgensi":4,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.29973+00
035b0e69-4ba0-49d1-952b-26660f066b91	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":4,"urgensi":5,"komplementer":3,"perencanaan":3,"tujuan":4,"kapasitas":4,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.302504+00
e80f9f73-9742-43fc-952a-4470acfce287	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	06ecd31b-c536-4fec-be6d-27b6c7c05322	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":4,"kapasitas":4,"urgensi":2,"kepercayaan":2,"perencanaan":2,"ikn":4,"tujuan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.332615+00
3af00eae-4896-4191-a4aa-6aaba2ddf756	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	06ecd31b-c536-4fec-be6d-27b6c7c05322	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":2,"kapasitas":4,"kepercayaan":3,"tujuan":3,"komplementer":4,"urgensi":4,"ikn":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.343574+00
54136f5b-eb9c-4dff-93f7-8c45fd46371d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	06ecd31b-c536-4fec-be6d-27b6c7c05322	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":4,"ikn":3,"kapasitas":2,"komplementer":2,"tujuan":2,"kepercayaan":2,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.34745+00
ecea1efe-305d-42d1-a9ea-721c84b35fb3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e91760d4-064b-4e32-9f75-1ea6a8c17989	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":4,"kapasitas":2,"urgensi":3,"kepercayaan":4,"perencanaan":3,"ikn":3,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.372523+00
177e8598-0418-479d-8ba1-dbd7b04bd2c5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e91760d4-064b-4e32-9f75-1ea6a8c17989	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":2,"kapasitas":3,"kepercayaan":4,"tujuan":4,"komplementer":2,"urgensi":2,"ikn":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.38224+00
7910b7dd-6314-4a4f-9d4c-b4861bfb5fba	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e91760d4-064b-4e32-9f75-1ea6a8c17989	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":3,"urgensi":3,"komplementer":2,"perencanaan":3,"tujuan":3,"kapasitas":4,"kepercayaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.386591+00
81a7a141-fd1e-4055-acbf-83b73e9b023e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":3,"ikn":1,"kapasitas":2,"komplementer":3,"tujuan":1,"kepercayaan":3,"perencanaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.409448+00
b34c03f7-4bf2-4c1a-aa0f-5de54389716f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":3,"ikn":3,"komplementer":1,"perencanaan":3,"tujuan":1,"kapasitas":2,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.420502+00
172c9de9-7e89-46e9-9d79-35fb44ab3604	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":1,"ikn":3,"kapasitas":3,"komplementer":1,"tujuan":2,"kepercayaan":3,"perencanaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.423584+00
e2b35289-a511-430a-9c79-f6eb1c2e6955	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	8f0e8f2a-d97f-4993-8849-07058f520137	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":3,"kapasitas":4,"urgensi":4,"kepercayaan":4,"perencanaan":3,"ikn":3,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.446515+00
d2cd56ef-94ec-445b-9dfc-b43f4ad0b071	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	8f0e8f2a-d97f-4993-8849-07058f520137	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":2,"kapasitas":3,"kepercayaan":3,"tujuan":4,"komplementer":4,"urgensi":2,"ikn":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.455533+00
cf55b218-05ee-4ea3-a8d9-7de9d50d7414	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	8f0e8f2a-d97f-4993-8849-07058f520137	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":4,"ikn":3,"komplementer":3,"perencanaan":3,"tujuan":3,"kapasitas":2,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.467048+00
3734f518-adce-439b-87a5-f684279d8dbd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a8017792-f3f9-4508-8568-5e28f7b120b2	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":3,"ikn":3,"kapasitas":2,"komplementer":1,"tujuan":1,"kepercayaan":2,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.509033+00
9d630056-7a57-4a28-a4c0-f0a3abfc113d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a8017792-f3f9-4508-8568-5e28f7b120b2	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"komplementer":1,"kapasitas":2,"urgensi":3,"kepercayaan":2,"perencanaan":3,"ikn":1,"tujuan":1}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.517607+00
2ef1e438-7460-4bce-8e5c-91e6f8c496ae	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a8017792-f3f9-4508-8568-5e28f7b120b2	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":2,"kapasitas":2,"kepercayaan":1,"tujuan":2,"komplementer":2,"urgensi":2,"ikn":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.528504+00
29602a3e-5d01-4a5c-92d1-8df2cc229555	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5ca6c304-8088-4c5d-9c94-cad6336d24a6	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":3,"ikn":3,"komplementer":1,"perencanaan":3,"tujuan":1,"kapasitas":2,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.573519+00
b02354c6-cf21-4dbe-805c-650ad449e83d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5ca6c304-8088-4c5d-9c94-cad6336d24a6	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":3,"ikn":3,"kapasitas":2,"komplementer":1,"tujuan":1,"kepercayaan":3,"perencanaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.591354+00
ff9a6e27-3e3c-47a1-8216-c5660ec0b8fe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5ca6c304-8088-4c5d-9c94-cad6336d24a6	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"komplementer":1,"kapasitas":2,"urgensi":3,"kepercayaan":1,"perencanaan":3,"ikn":2,"tujuan":1}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.59404+00
be530ef2-5f57-4fc9-9ccc-9d47cbf58848	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":2,"ikn":4,"komplementer":2,"perencanaan":3,"tujuan":2,"kapasitas":2,"kepercayaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.619344+00
a00c2e3f-7c38-4fd9-a9fe-9a2ce0fbde4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":3,"ikn":4,"kapasitas":4,"komplementer":2,"tujuan":3,"kepercayaan":3,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.633024+00
b473946c-4ab0-45d8-9084-eb1d12513473	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":4,"kapasitas":2,"kepercayaan":3,"tujuan":4,"komplementer":3,"urgensi":4,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.636442+00
6935698a-288b-4eb1-8193-02d027531845	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	4442c4d1-e213-4db0-85a7-87916f134fc0	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":3,"tujuan":3,"urgensi":5,"kepercayaan":3,"perencanaan":5,"ikn":4,"kapasitas":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.773102+00
8bf18a2a-c237-4428-82cd-eaf71abcdd4f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	4442c4d1-e213-4db0-85a7-87916f134fc0	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":4,"kapasitas":3,"kepercayaan":5,"tujuan":3,"komplementer":4,"urgensi":4,"ikn":5}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.78046+00
e5a5f16f-a7f1-4825-97cd-ba4088c9433c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	4442c4d1-e213-4db0-85a7-87916f134fc0	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":5,"urgensi":4,"komplementer":5,"perencanaan":4,"tujuan":5,"kapasitas":3,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.785506+00
8cb607a5-3861-4287-90be-3806db5bacdd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	0f134298-6531-45e3-9e44-301edb73150b	{"komplementer":3,"tujuan":3,"urgensi":2,"kepercayaan":4,"perencanaan":4,"ikn":3,"kapasitas":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.807809+00
8c5499cf-07ab-4a56-b91c-ea83c9d02264	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":2,"kapasitas":2,"kepercayaan":3,"tujuan":3,"komplementer":4,"urgensi":2,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.816849+00
5784346b-be3d-41a7-9c98-6bbbe3b87046	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"komplementer":4,"tujuan":4,"urgensi":3,"kepercayaan":4,"perencanaan":4,"ikn":2,"kapasitas":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.821685+00
d25d9a5a-80da-4db0-8193-593d29275fe6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	668962d7-f3b8-4d58-9a43-6a391ff665bf	0f134298-6531-45e3-9e44-301edb73150b	{"perencanaan":2,"kapasitas":2,"kepercayaan":3,"tujuan":3,"komplementer":2,"urgensi":2,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.844452+00
4cf71c5c-8ac6-4ce9-81d1-f9c2e8f0a97c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	668962d7-f3b8-4d58-9a43-6a391ff665bf	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"komplementer":4,"tujuan":3,"urgensi":4,"kepercayaan":2,"perencanaan":3,"ikn":5,"kapasitas":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.852398+00
6ef17dd6-fddd-493d-a4db-9c99d0a16b33	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	668962d7-f3b8-4d58-9a43-6a391ff665bf	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"urgensi":3,"ikn":4,"kapasitas":4,"komplementer":3,"tujuan":3,"kepercayaan":3,"perencanaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.862203+00
3fa808e1-520c-41e5-88c2-2b628e07d241	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	1daabfe0-47e9-4918-a83c-6e9d5499356d	0f134298-6531-45e3-9e44-301edb73150b	{"perencanaan":3,"kapasitas":2,"kepercayaan":4,"tujuan":2,"komplementer":2,"urgensi":2,"ikn":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.882828+00
33cebfaa-6faf-48b6-b919-6ef804d3ae73	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	1daabfe0-47e9-4918-a83c-6e9d5499356d	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"kapasitas":4,"komplementer":2,"urgensi":4,"kepercayaan":3,"perencanaan":4,"ikn":3,"tujuan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.891619+00
d280bee4-ebb8-4f69-81d8-4b9131d4e48c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	1daabfe0-47e9-4918-a83c-6e9d5499356d	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":3,"kapasitas":2,"kepercayaan":3,"tujuan":4,"komplementer":2,"urgensi":3,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.898508+00
ab8dafaf-e35e-4b9c-b581-951eea206ede	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5d102f33-d459-4545-b15d-3197fbd6bf6e	0f134298-6531-45e3-9e44-301edb73150b	{"urgensi":3,"ikn":4,"komplementer":2,"perencanaan":4,"tujuan":3,"kapasitas":3,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.936546+00
c9fd4274-142f-4973-b040-7912a6913e52	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5d102f33-d459-4545-b15d-3197fbd6bf6e	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":2,"ikn":3,"kapasitas":2,"komplementer":2,"tujuan":3,"kepercayaan":2,"perencanaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.949531+00
8d22cd95-fc71-4e96-9ece-8de79449dccd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	5d102f33-d459-4545-b15d-3197fbd6bf6e	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"kapasitas":3,"komplementer":3,"urgensi":3,"kepercayaan":3,"perencanaan":3,"ikn":4,"tujuan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.95246+00
dfbe19d9-6122-4df1-ba8a-b34bbc14ee07	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	aecf2144-506e-442e-9698-9bc38e286f7b	0f134298-6531-45e3-9e44-301edb73150b	{"ikn":5,"urgensi":2,"komplementer":2,"perencanaan":2,"tujuan":2,"kapasitas":2,"kepercayaan":3}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.975959+00
c4fee379-5e3b-4ddb-8186-52734faf01b8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	aecf2144-506e-442e-9698-9bc38e286f7b	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"urgensi":2,"ikn":3,"kapasitas":2,"komplementer":4,"tujuan":3,"kepercayaan":4,"perencanaan":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.986628+00
1a936ff3-05e3-4bfa-8515-90b81b179eca	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	aecf2144-506e-442e-9698-9bc38e286f7b	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"perencanaan":2,"kapasitas":3,"kepercayaan":4,"tujuan":3,"komplementer":4,"urgensi":4,"ikn":4}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:47.990521+00
0b42aad1-0d2f-4d8b-a5f3-c6265863ca28	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	38b1d5bb-0903-4756-9aba-122a2e8f5f52	0f134298-6531-45e3-9e44-301edb73150b	{"kapasitas":3,"komplementer":2,"urgensi":2,"kepercayaan":3,"perencanaan":2,"ikn":1,"tujuan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:48.016726+00
4368adca-9dbe-40d0-b77a-9952c82efa21	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	38b1d5bb-0903-4756-9aba-122a2e8f5f52	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"perencanaan":3,"kapasitas":2,"kepercayaan":2,"tujuan":1,"komplementer":1,"urgensi":1,"ikn":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:48.026072+00
599e1fe9-fa35-40e6-a46b-1646feaf8c1a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	38b1d5bb-0903-4756-9aba-122a2e8f5f52	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"ikn":2,"urgensi":2,"komplementer":3,"perencanaan":3,"tujuan":1,"kapasitas":1,"kepercayaan":2}	Penilaian contoh berdasarkan kualitas usulan.	2026-12-07 23:22:48.028598+00
\.


--
-- Data for Name: notifikasi; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.notifikasi (id, pemda_id, pengguna_id, judul, isi, tautan, dibuat, dibaca) FROM stdin;
\.


--
-- Data for Name: pemda; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pemda (id, kode_wilayah, nama, demo, dibuat_pada) FROM stdin;
6d88a14c-78b4-4ebc-a404-e00422f0c3ed	64.02	Kabupaten Kutai Kartanegara	t	2026-12-07 23:22:46.423534+00
55f89f44-0db5-4ec1-8378-496eba2973b7	64.72	Kota Samarinda	t	2026-12-07 23:22:46.534447+00
\.


--
-- Data for Name: penandatanganan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.penandatanganan (id, pemda_id, kerja_sama_id, dokumen, nomor, tanggal, tempat, penandatangan, paraf, materai, stempel, lampiran_id, sha256, waktu, oleh) FROM stdin;
37f140bb-2b06-41f0-ac44-8f7e2ce3f6df	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b8f0328f-bba7-4144-bb2d-56323e23d688	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/16/KS/XII/2026"}]	2025-10-21	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.209539+00	Data contoh
ff5346ee-51ba-485e-8316-052150c26dd4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/32/KS/XII/2026"}]	2027-03-08	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.245527+00	Data contoh
520acc89-3978-4e1a-aa69-3d2be953faef	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4dbf5917-bae1-443c-86e7-0b2a3e39eea7	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/94/KS/XII/2026"}]	2026-11-28	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.256723+00	Data contoh
4392ef28-5613-40ff-9019-c2b1f950e290	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	bbca3706-e204-4de9-ae8f-68393beac169	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/31/KS/XII/2026"}]	2025-01-07	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.269509+00	Data contoh
b260939b-a313-428f-acbf-aaf3bdedd8b1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	bbca3706-e204-4de9-ae8f-68393beac169	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/71/KS/XII/2026"}]	2025-01-07	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.273251+00	Data contoh
d275c922-8da2-43b0-a131-c367d06bbd59	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ae8ddb8d-cb9c-4638-8e54-a796171db384	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/99/KS/XII/2026"}]	2024-03-13	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.2849+00	Data contoh
fffce166-309b-45bb-a037-8cf9cd2c6d88	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ae8ddb8d-cb9c-4638-8e54-a796171db384	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/84/KS/XII/2026"}]	2024-03-13	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.288499+00	Data contoh
003075b2-56d4-4958-94d3-aa1353abf847	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fab70f15-54ee-4663-b890-4fc443a150b2	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/26/KS/XII/2026"}]	2022-04-13	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.301555+00	Data contoh
fdc28784-94ee-4100-972c-9fe07bd61173	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fab70f15-54ee-4663-b890-4fc443a150b2	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/97/KS/XII/2026"}]	2022-04-13	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.302414+00	Data contoh
a22b29ab-fe12-4925-a4ca-f67e38c87f9c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4864ad6e-2802-47cc-a53a-9eac25c9f914	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/70/KS/XII/2026"}]	2026-02-11	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.314053+00	Data contoh
4bcac269-dac1-4ccb-ac31-5c8d39993693	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4864ad6e-2802-47cc-a53a-9eac25c9f914	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/65/KS/XII/2026"}]	2026-02-11	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.317382+00	Data contoh
4c7d58ea-8e29-471d-b350-10395c959d6e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	55d1c686-a54e-458d-8870-b58bb8bdd9cc	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/34/KS/XII/2026"}]	2024-06-21	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.327599+00	Data contoh
dd1f6c35-1338-4afb-ab96-7390d4d0375d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	55d1c686-a54e-458d-8870-b58bb8bdd9cc	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/25/KS/XII/2026"}]	2024-06-21	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.328548+00	Data contoh
89cf721c-d52b-43db-a039-23cf9574a9bf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	729ec339-b342-4712-8da6-ff3538642496	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/85/KS/XII/2026"}]	2025-07-26	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	t	t	\N	\N	2026-12-07 23:22:48.351457+00	Data contoh
f5dc6ba6-7cc0-4f52-bb9b-adedada04260	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	729ec339-b342-4712-8da6-ff3538642496	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/54/KS/XII/2026"}]	2025-07-26	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	t	t	\N	\N	2026-12-07 23:22:48.352541+00	Data contoh
cd82e797-e6b0-48a1-b221-045cb0b9fe7e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	967557a3-7d70-4c88-be03-678bbf332a0e	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/74/KS/XII/2026"}]	2022-10-30	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	t	t	\N	\N	2026-12-07 23:22:48.392589+00	Data contoh
f07d3e61-5a89-470e-9e36-89be12719a94	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	967557a3-7d70-4c88-be03-678bbf332a0e	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/82/KS/XII/2026"}]	2022-10-30	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	t	t	\N	\N	2026-12-07 23:22:48.40114+00	Data contoh
04df8468-bb88-4e5d-b6e9-d1af7b38f9f4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	60c78bd7-36ac-4895-8498-13bcb6d4a480	notaKesepakatan	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/95/KS/XII/2026"}]	2025-11-03	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.444872+00	Data contoh
faa0a782-20bf-44cc-8fab-f0cadbb0bf85	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	60c78bd7-36ac-4895-8498-13bcb6d4a480	rencanaKerja	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/42/KS/XII/2026"}]	2025-11-03	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.446129+00	Data contoh
240786b3-69a1-42bf-ab08-c96bba2203eb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b148434a-058c-477b-bdd2-8bb50996d7eb	perjanjianBersamaDesa	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/22/KS/XII/2026"}]	2026-05-22	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.578809+00	Data contoh
249c4bc4-46d2-450a-8648-344aea65e402	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fd995a79-bce5-4f63-be44-e4560117c0e9	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/24/KS/XII/2026"}]	2021-06-17	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.656497+00	Data contoh
a0be540b-c0a6-4ec3-9da3-0b804d5f7748	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fd995a79-bce5-4f63-be44-e4560117c0e9	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/13/KS/XII/2026"}]	2021-06-17	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.659832+00	Data contoh
e24233b3-bbb5-4db4-8123-bcd9a50b3578	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	7cd84f7a-6a18-4598-935c-d2f8b07139a2	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/31/KS/XII/2026"}]	2023-08-26	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.680648+00	Data contoh
56505f83-88bd-4249-bef2-b52a0b911df9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	7cd84f7a-6a18-4598-935c-d2f8b07139a2	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/84/KS/XII/2026"}]	2023-08-26	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.681576+00	Data contoh
7d8d6620-db04-4387-b329-7c3bd2df9490	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d115cd10-c141-4f84-9684-c491ff15bc1f	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/72/KS/XII/2026"}]	2026-07-11	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.705717+00	Data contoh
ec86e777-8eff-4826-8665-98768aaa8523	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d115cd10-c141-4f84-9684-c491ff15bc1f	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/76/KS/XII/2026"}]	2026-07-11	Tenggarong	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.706843+00	Data contoh
2be3ef7b-852d-4a72-8de9-3c705be61069	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4b6f798e-29c0-4d7a-88bf-15581410d497	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/17/KS/XII/2026"}]	2022-02-22	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.728264+00	Data contoh
330404ee-99a7-4bcb-ac58-fcb73a0b9ca5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4b6f798e-29c0-4d7a-88bf-15581410d497	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/54/KS/XII/2026"}]	2022-02-22	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.729217+00	Data contoh
a2e5384d-29f9-4169-a2f2-9320fbe53090	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	11905f8d-364d-43ba-8090-2a1eccc9333d	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/43/KS/XII/2026"}]	2025-12-23	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.748523+00	Data contoh
d2dd16e5-bd93-47e0-979e-4043d0a8fa15	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	11905f8d-364d-43ba-8090-2a1eccc9333d	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/62/KS/XII/2026"}]	2025-12-23	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.753535+00	Data contoh
64dbf5dc-f8b2-4cda-872a-5790adb4cd4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9106a71c-e5fa-49a4-a675-d15e7aec3de7	kesepakatanBersama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/22/KS/XII/2026"}]	2024-09-29	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.790593+00	Data contoh
eaa8edc6-64d2-4d84-a1b2-385f05ab8dbe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9106a71c-e5fa-49a4-a675-d15e7aec3de7	perjanjianKerjaSama	[{"pihak":"Kabupaten Kutai Kartanegara","nomor":"100.3.7/66/KS/XII/2026"}]	2024-09-29	Nusantara	[{"pihak":"PIHAK KESATU","nama":"(contoh)","jabatan":"Bupati Kutai Kartanegara"}]	t	f	t	\N	\N	2026-12-07 23:22:48.800622+00	Data contoh
\.


--
-- Data for Name: pengguna; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pengguna (id, pemda_id, nama_pengguna, nama_lengkap, email, hash_sandi, peran, unit_id, mitra_id, aktif, version, dibuat_pada, diubah_pada, masuk_terakhir, wajib_ganti_sandi) FROM stdin;
949c0742-5217-413c-81c4-faa0842f8d5d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	admin.kukar	Admin Bagian Kerja Sama Kukar	admin.kukar@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	admin	\N	\N	t	1	2026-12-07 23:22:46.518722+00	2026-12-07 23:22:46.518722+00	\N	f
0f134298-6531-45e3-9e44-301edb73150b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	tkksd.kukar	Anggota TKKSD Kukar	tkksd.kukar@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	tkksd	\N	\N	t	1	2026-12-07 23:22:46.520506+00	2026-12-07 23:22:46.520506+00	\N	f
fb0d3afd-dc31-4eb3-ba27-c556769a0258	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	tkksd.bappeda	Anggota TKKSD dari Bappeda	tkksd.bappeda@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	tkksd	\N	\N	t	1	2026-12-07 23:22:46.521341+00	2026-12-07 23:22:46.521341+00	\N	f
6b4eb656-02ec-4219-8b82-c932c7965b2a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	tkksd.hukum	Anggota TKKSD dari Bagian Hukum	tkksd.hukum@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	tkksd	\N	\N	t	1	2026-12-07 23:22:46.522124+00	2026-12-07 23:22:46.522124+00	\N	f
e52727ba-109c-4823-a060-cc6c4f052c4f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	operator.dishub	Operator Dinas Perhubungan	operator.dishub@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	operator	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	\N	t	1	2026-12-07 23:22:46.524675+00	2026-12-07 23:22:46.524675+00	\N	f
91a51e6d-afa3-4373-9f02-8408258e95c9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	operator.samboja	Operator Kecamatan Samboja	operator.samboja@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	operator	00784a7e-864f-4ff6-8bcf-364fed55d5cd	\N	t	1	2026-12-07 23:22:46.525624+00	2026-12-07 23:22:46.525624+00	\N	f
1785c446-194b-47eb-82b2-5ce76089271a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	operator.karyajaya	Operator Desa Karya Jaya	operator.karyajaya@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	operator	e031ac67-6f22-43ca-af4f-ff4f50274895	\N	t	1	2026-12-07 23:22:46.526489+00	2026-12-07 23:22:46.526489+00	\N	f
2bd14010-4eb9-49e8-bf22-d616aaf58954	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	pimpinan.kukar	Sekretaris Daerah Kukar	pimpinan.kukar@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	pimpinan	\N	\N	t	1	2026-12-07 23:22:46.528923+00	2026-12-07 23:22:46.528923+00	\N	f
4e4aa3b6-444a-4f72-b963-52c6c0e313f8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	mitra.ppu	Peninjau Kabupaten Penajam Paser Utara	mitra.ppu@demo.jalin.example	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	mitra	\N	05f77c39-6853-4d28-af7a-b243b095da4c	t	1	2026-12-07 23:22:46.529716+00	2026-12-07 23:22:46.529716+00	\N	f
04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	55f89f44-0db5-4ec1-8378-496eba2973b7	admin.samarinda	Admin Bagian Kerja Sama Samarinda	\N	$2b$12$C5NcO39T40fC0w4dNy6CF.j6AyMNiaIihvPJWU1M2LCqHS3RjIXJy	admin	\N	\N	t	1	2026-12-07 23:22:46.539435+00	2026-12-07 23:22:46.539435+00	\N	f
\.


--
-- Data for Name: pengingat_terkirim; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pengingat_terkirim (id, kunci, waktu) FROM stdin;
\.


--
-- Data for Name: perbandingan_ahp; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.perbandingan_ahp (id, pemda_id, periode_id, pengguna_id, matriks, diubah_pada) FROM stdin;
cc84775f-dcb3-44a3-9e9f-c762ea9a1ff6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0f134298-6531-45e3-9e44-301edb73150b	{"baris":[[1,1,0.5,1,0.3333333333333333,0.5,0.3333333333333333],[1,1,2,2,1,1,0.5],[2,0.5,1,1,0.5,0.5,0.3333333333333333],[1,0.5,1,1,0.5,0.5,0.3333333333333333],[3,1,2,2,1,1,0.5],[2,1,2,2,1,1,1],[3,2,3,3,2,1,1]],"ukuran":7}	2026-12-07 23:22:46.574763+00
89f0eba0-9418-49c1-baf6-d3bd3b190f78	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	fb0d3afd-dc31-4eb3-ba27-c556769a0258	{"baris":[[1,1,0.5,2,0.2,0.3333333333333333,0.3333333333333333],[1,1,1,2,0.3333333333333333,1,0.5],[2,1,1,2,0.3333333333333333,0.5,0.5],[0.5,0.5,0.5,1,0.2,0.3333333333333333,0.3333333333333333],[5,3,3,5,1,2,1],[3,1,2,3,0.5,1,0.5],[3,2,2,3,1,2,1]],"ukuran":7}	2026-12-07 23:22:46.577378+00
2b54cb90-d1ab-4d51-b009-c3ce85cfc061	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	6b4eb656-02ec-4219-8b82-c932c7965b2a	{"baris":[[1,2,1,2,0.5,0.5,0.5],[0.5,1,0.5,1,0.3333333333333333,0.3333333333333333,0.3333333333333333],[1,2,1,2,0.5,1,0.5],[0.5,1,0.5,1,0.3333333333333333,0.5,0.3333333333333333],[2,3,2,3,1,1,1],[2,3,1,2,1,1,1],[2,3,2,3,1,1,1]],"ukuran":7}	2026-12-07 23:22:46.579619+00
\.


--
-- Data for Name: percobaan_masuk; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.percobaan_masuk (kunci, gagal, mulai, terkunci_sampai) FROM stdin;
\.


--
-- Data for Name: periode_monev; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.periode_monev (id, pemda_id, nama, mulai, selesai, dibuka, rubrik, contoh, version, ditutup_pada, dibuat_pada, tampilkan_isian) FROM stdin;
5a1e8ade-9782-4ec4-995f-987fec6dc153	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Monev Semester I (contoh)	2025-12-08	2026-06-08	f	{"butir":[{"bobot":1,"jenis":"kewajiban","kode":"kewajiban","nama":"Kewajiban terpenuhi (dari butir hak dan kewajiban)"},{"bobot":2,"jenis":"skala","kode":"output","nama":"Capaian output dan outcome terhadap target"},{"bobot":1,"jenis":"skala","kode":"anggaran","nama":"Realisasi anggaran tiap pihak"},{"bobot":1,"jenis":"skala","kode":"waktu","nama":"Ketepatan waktu pelaksanaan"},{"bobot":1,"jenis":"skala","kode":"koordinasi","nama":"Kualitas koordinasi para pihak"},{"bobot":2,"jenis":"skala","kode":"manfaat","nama":"Manfaat bagi pelayanan publik"},{"bobot":1,"jenis":"skala","kode":"relevansi","nama":"Relevansi dengan RPJMD\\/Renstra"},{"bobot":1,"jenis":"teks","kode":"permasalahan","nama":"Permasalahan dan tindak lanjut"}],"versi":1}	t	2	2026-12-07 23:22:49.396789+00	2026-12-07 23:22:49.10128+00	f
cc9e8330-840e-4291-a0f7-3effc6465a55	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Monev Semester II (contoh)	2026-06-09	2026-12-07	f	{"butir":[{"bobot":1,"jenis":"kewajiban","kode":"kewajiban","nama":"Kewajiban terpenuhi (dari butir hak dan kewajiban)"},{"bobot":2,"jenis":"skala","kode":"output","nama":"Capaian output dan outcome terhadap target"},{"bobot":1,"jenis":"skala","kode":"anggaran","nama":"Realisasi anggaran tiap pihak"},{"bobot":1,"jenis":"skala","kode":"waktu","nama":"Ketepatan waktu pelaksanaan"},{"bobot":1,"jenis":"skala","kode":"koordinasi","nama":"Kualitas koordinasi para pihak"},{"bobot":2,"jenis":"skala","kode":"manfaat","nama":"Manfaat bagi pelayanan publik"},{"bobot":1,"jenis":"skala","kode":"relevansi","nama":"Relevansi dengan RPJMD\\/Renstra"},{"bobot":1,"jenis":"teks","kode":"permasalahan","nama":"Permasalahan dan tindak lanjut"}],"versi":1}	t	2	2026-12-07 23:22:49.760681+00	2026-12-07 23:22:49.521782+00	f
\.


--
-- Data for Name: periode_pemetaan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.periode_pemetaan (id, pemda_id, judul, tahun, batas_waktu, dibuka, kriteria, top_n, unit_diundang, version, dibuat_pada) FROM stdin;
31408c1e-e769-49fa-ad6b-2243e9a0f75a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	Pemetaan Potensi KSD 2026	2026	2026-12-31	t	[{"kode":"tujuan","keterangan":"Kesamaan tujuan dan kepentingan para pihak terhadap hasil kerja sama.","nama":"Kesamaan tujuan"},{"kode":"kapasitas","keterangan":"Kemampuan kelembagaan, sumber daya manusia, dan anggaran daerah untuk melaksanakan kerja sama.","nama":"Kapasitas daerah"},{"kode":"komplementer","keterangan":"Sejauh mana sumber daya yang dimiliki para pihak saling melengkapi.","nama":"Komplementaritas sumber daya"},{"kode":"kepercayaan","keterangan":"Tingkat keterbukaan, rekam jejak, dan saling percaya di antara para pihak.","nama":"Keterbukaan dan kepercayaan"},{"kode":"perencanaan","keterangan":"Keselarasan usulan dengan RPJMD dan Renstra perangkat daerah.","nama":"Kesesuaian RPJMD\\/Renstra"},{"kode":"ikn","keterangan":"Peluang yang timbul dari pembangunan Ibu Kota Nusantara.","nama":"Peluang IKN"},{"kode":"urgensi","keterangan":"Tingkat kemendesakan penanganan permasalahan atau pemanfaatan potensi.","nama":"Urgensi"}]	10	00784A7E-864F-4FF6-8BCF-364FED55D5CD,03F8D31F-F914-47AA-A990-F247DE3C9E29,0514CB48-1B49-41A0-8D7D-D1B1743AB2A6,067C80AE-F646-4012-B9D4-6DEA6A8A2C2F,09C8E6BA-FAA9-4E18-A872-FB9BF3376B4A,0BCDB74A-5DF6-4A7D-9217-3E33929C6A2D,12402094-30DD-466B-A5B4-D1D1AAF1AA00,1388F5D9-C2EF-446D-9135-9C4E3071CF28,13A4CB19-7FB2-4DEC-8947-EB219F2CE2A2,15E54401-6327-47C7-B8EA-EB5C166FF164,1B586260-A827-4629-A5F4-534E5EC3AE69,243249F3-C092-4625-8679-86457993BD46,30741499-8E4A-417B-A2B1-BA36087E482C,319A2730-2D0F-47A0-9D1C-AFD8A218480E,3A63C0B1-10B9-46C2-8D1B-664CE26033F5,3C44346E-2E35-408A-9675-E96A0D8C1DE3,43BEBC58-CFB0-491E-BA4E-298F4B9B41DE,4DD77359-9ED9-49DE-8BDD-6785416D4151,4EF8537D-B5A4-4125-BBA2-E336DE87550A,6C095583-689E-4A22-BCCA-F76FC6A2CA47,7CA8F40A-2931-474B-9AC3-416F72EFEB2C,81D3BA76-4751-4C13-9AA8-4C5DFC0D96C7,8A5E67B8-DE25-4E4E-A88C-27551BA77564,8BB45885-C1D6-49AA-B27E-A51283D16E81,8F86586B-C454-4651-AE7B-E0E9D2E6F0D4,995CAD5B-F6F7-49BE-ACE7-31A1060693DD,9CE1C99D-5F4B-47D5-9C75-DBDCEBA6DA2A,9ECBE07D-8736-4E41-8B7C-C9852451B8B8,A0C0ED39-9774-4BB4-B01E-EA77136668DE,A8D03016-FD8C-443B-B5C5-6A14A29C8C96,A90CD074-D1A7-44AE-A533-53D73E977881,ABA01259-9FA9-4A36-90A1-F7BE58017DDF,AE5BC029-1BA9-4293-9B13-F136653660A2,B1F433B2-6D4E-43D6-8C34-8F6EF19A58E0,B8BA3487-933A-4C99-9F8D-B8EA2A4DC120,BA3021FE-A774-458C-90CB-D8DF22E59565,BD889554-E31E-4F55-BEA1-69ADB69ECB60,BDB5A006-EA13-4B01-BFD5-F89060346BE1,C25F36D2-CC15-48E2-A61A-7C9CF62400BE,C425F22E-8F08-45B2-AEEB-77C7C764A611,CB477E52-1449-4F89-BC6E-C516EFF7D127,CBBEDC59-AAEC-4C6A-A981-7C74E9DD64AE,CC2777E6-9CAF-49D1-911E-8CF9FFE4AFB0,D25E6594-1A7A-46D0-901E-B108A43C23A0,E031AC67-6F22-43CA-AF4F-FF4F50274895,E72D9FE5-27E7-415B-9AEA-858E345D48D7,E743BA44-E5CF-4EB0-8E8B-711FD1E522DB,F71E3032-7348-4BA0-BCAE-065CF400AA9F,F8C8BEEC-BD0C-44AE-AB42-C4B84CD0190D,FC35CFA3-3C50-465C-9043-5995FFE120D4,FDA47AF9-905C-4108-9111-4566DACA0E3E,FDD8268F-7A29-4101-8787-69A66C38F5CB,FF8FA59D-CEC3-4CFB-B611-38D5F4459324	1	2026-12-07 23:22:46.570717+00
28bdfa12-d616-4da7-8fab-fb59a0e40f28	55f89f44-0db5-4ec1-8378-496eba2973b7	Pemetaan Potensi KSD Kota Samarinda 2026	2026	2026-12-31	t	[{"keterangan":"Kesamaan tujuan dan kepentingan para pihak terhadap hasil kerja sama.","kode":"tujuan","nama":"Kesamaan tujuan"},{"keterangan":"Kemampuan kelembagaan, sumber daya manusia, dan anggaran daerah untuk melaksanakan kerja sama.","kode":"kapasitas","nama":"Kapasitas daerah"},{"keterangan":"Sejauh mana sumber daya yang dimiliki para pihak saling melengkapi.","kode":"komplementer","nama":"Komplementaritas sumber daya"},{"keterangan":"Tingkat keterbukaan, rekam jejak, dan saling percaya di antara para pihak.","kode":"kepercayaan","nama":"Keterbukaan dan kepercayaan"},{"keterangan":"Keselarasan usulan dengan RPJMD dan Renstra perangkat daerah.","kode":"perencanaan","nama":"Kesesuaian RPJMD\\/Renstra"},{"keterangan":"Peluang yang timbul dari pembangunan Ibu Kota Nusantara.","kode":"ikn","nama":"Peluang IKN"},{"keterangan":"Tingkat kemendesakan penanganan permasalahan atau pemanfaatan potensi.","kode":"urgensi","nama":"Urgensi"}]	5	A9941370-AAE9-4953-99C8-FA5105C87728,C53856EE-1216-4B4D-B243-2A446498CA11	1	2026-12-07 23:22:48.112912+00
\.


--
-- Data for Name: peserta_simulasi; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.peserta_simulasi (id, pemda_id, kelas_id, nomor, nama_pengguna, hash_sandi, disiapkan_pada, masuk_terakhir) FROM stdin;
\.


--
-- Data for Name: riwayat_kerja_sama; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.riwayat_kerja_sama (id, pemda_id, kerja_sama_id, waktu, pengguna, uraian, dari, ke, catatan) FROM stdin;
e5a2b27f-6dac-4992-aa17-05a6cce148c5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b8f0328f-bba7-4144-bb2d-56323e23d688	2026-12-07 23:22:48.206754+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penyusunanPKS	\N
6818d652-9960-4da5-adbf-88235bc82963	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	613e5ffd-8c50-41df-8b8a-c3920bfe47b3	2026-12-07 23:22:48.220645+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penyusunanKB	\N
ecd95100-e6ec-4206-be74-363121eb88d3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	03e6e2f5-eff5-4ed5-9564-3a05f7d079a5	2026-12-07 23:22:48.225434+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	persiapan	\N
2bba2f8d-7375-48e4-92de-5733e73765fb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	50a66a0c-cd49-4d06-9d87-1953a027cca2	2026-12-07 23:22:48.233432+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penawaran	\N
0f04acea-fc47-46fe-88bb-544a78a94202	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	09f58519-1e3b-4eb5-8f25-3fbc8fe28c0f	2026-12-07 23:22:48.241755+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	persetujuanDPRD	\N
2dbf63f3-c2af-431a-8275-96554f5301e7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4dbf5917-bae1-443c-86e7-0b2a3e39eea7	2026-12-07 23:22:48.254273+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penandatangananPKS	\N
ece3179c-a47a-4ee4-b7c8-89c6129509e4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	bbca3706-e204-4de9-ae8f-68393beac169	2026-12-07 23:22:48.264949+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
b628a407-283e-4617-add9-fccbf371debf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ae8ddb8d-cb9c-4638-8e54-a796171db384	2026-12-07 23:22:48.282397+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
86b01921-dc2f-4312-852e-a36daaa3e553	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fab70f15-54ee-4663-b890-4fc443a150b2	2026-12-07 23:22:48.298151+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
98ca86f6-2cbd-4b66-91f2-33150b366338	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4864ad6e-2802-47cc-a53a-9eac25c9f914	2026-12-07 23:22:48.310317+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
3a90b979-3071-421d-83fd-c44ba4b05363	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	55d1c686-a54e-458d-8870-b58bb8bdd9cc	2026-12-07 23:22:48.325758+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaporan	\N
55bffde2-5e22-4ace-b1cb-f9735c382846	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	729ec339-b342-4712-8da6-ff3538642496	2026-12-07 23:22:48.338966+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
2651a9e6-ff81-44c4-ba45-7594e547099e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f9acbf57-9a29-4f5e-ae85-d379099693d6	2026-12-07 23:22:48.366022+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penyusunanKB	\N
d14491cd-2a53-4591-8527-19397cfcd521	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	93bbc932-bbe4-490f-a7a2-30dc0cfe7a23	2026-12-07 23:22:48.371014+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	persiapan	\N
8cde6f65-1ad4-4565-8a90-d5b3b6541fd6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	967557a3-7d70-4c88-be03-678bbf332a0e	2026-12-07 23:22:48.38683+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	berakhir	\N
588d0fcd-fc61-40e5-a29a-5ab7925e4c2d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4229e1d4-f1b2-4780-9efa-34c59e913576	2026-12-07 23:22:48.408896+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penandatangananNK	\N
2361b0d7-5a6e-47b6-9814-e16dc7a29db7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	60c78bd7-36ac-4895-8498-13bcb6d4a480	2026-12-07 23:22:48.425179+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
ce96e9b8-558c-4a2e-83c9-ac45e697dc6f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fe92b31d-ae48-4d33-88f4-afdabf4bfb85	2026-12-07 23:22:48.463595+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	persiapan	\N
e7f876c5-5c3b-450a-a274-6199a4d30440	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	aa8572e5-5624-4fc0-88b4-ca32316df955	2026-12-07 23:22:48.476265+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	rencanaKerjaSama	\N
f78587a7-bb0f-46b9-8ea3-356d59300aaf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7105815-6f74-47be-85ee-81fabdcee4d7	2026-12-07 23:22:48.494883+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penjajakan	\N
cee0af73-52d4-485b-9176-eab53272b036	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	df61a523-99f0-4505-ae1f-8f52e64ed067	2026-12-07 23:22:48.527+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	musyawarahDesa	\N
f5eebef8-8e51-44af-a26a-4f8a0a797c5b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b148434a-058c-477b-bdd2-8bb50996d7eb	2026-12-07 23:22:48.560547+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
5304395a-ddc7-4570-b532-94c1b078f9e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	c74eb988-38c6-4fdc-976a-316c330e2773	2026-12-07 23:22:48.603722+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	kemitraanLain	\N
3b6e2aae-41d4-4b6e-aa3a-f2c81ce73e42	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	fd995a79-bce5-4f63-be44-e4560117c0e9	2026-12-07 23:22:48.637471+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	berakhir	\N
a6c1618a-cc79-4e78-a21f-b6d7ac337bea	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	7cd84f7a-6a18-4598-935c-d2f8b07139a2	2026-12-07 23:22:48.678653+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	berakhir	\N
f30c365a-413a-425d-a596-e58b585e265b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d115cd10-c141-4f84-9684-c491ff15bc1f	2026-12-07 23:22:48.695287+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penatausahaan	\N
ffeae822-af96-400e-b985-67fbe993206c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4b6f798e-29c0-4d7a-88bf-15581410d497	2026-12-07 23:22:48.725316+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
e50aaada-d277-4de9-bab5-525228a129b0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	11905f8d-364d-43ba-8090-2a1eccc9333d	2026-12-07 23:22:48.741191+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
621a197c-8862-4132-a4f8-0c9e4265240e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a76637bf-8bf7-4056-bc95-a0cd1d11eee9	2026-12-07 23:22:48.76618+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penandatangananKB	\N
4e793e13-bfa0-4ac6-9cd1-78f5a3676a0b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9106a71c-e5fa-49a4-a675-d15e7aec3de7	2026-12-07 23:22:48.788727+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	pelaksanaan	\N
ce8d23f0-563d-4105-b002-07f000797ca3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a6b12971-4439-43ed-b4d1-128bfc89b0e2	2026-12-07 23:22:48.818315+00	Admin Bagian Kerja Sama Kukar	Kerja sama dicatat	\N	penandatangananKB	\N
\.


--
-- Data for Name: riwayat_usulan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.riwayat_usulan (id, pemda_id, usulan_id, waktu, pengguna, aksi, dari, ke, catatan, isi) FROM stdin;
da2c19ab-3505-4872-9f34-2041e21d1c4d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af23d6ea-d97c-45e1-a8b5-daf24e88c105	2026-12-07 23:22:46.586223+00	Operator Dinas Perhubungan	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}
84ea1503-5e35-4523-97d7-db63d58e2588	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af23d6ea-d97c-45e1-a8b5-daf24e88c105	2026-12-07 23:22:46.589697+00	Operator Dinas Perhubungan	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}
543c4724-d89b-4238-91f3-3a404a02018b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af23d6ea-d97c-45e1-a8b5-daf24e88c105	2026-12-07 23:22:46.592851+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}
a292d051-2186-44c2-a9e4-668112db938e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af23d6ea-d97c-45e1-a8b5-daf24e88c105	2026-12-07 23:22:46.598797+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}
11273ee1-6925-4363-9ebd-2ed23e72e8f2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af23d6ea-d97c-45e1-a8b5-daf24e88c105	2026-12-07 23:22:46.606058+00	Admin Bagian Kerja Sama Kukar	prioritaskan	dinilai	diprioritaskan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}
a21e8a52-30cc-4ba6-8a58-38272d56e803	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.610707+00	Operator Kecamatan Samboja	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten, lahan milik daerah","urusan":["1.03"]}
bb4a671d-15e4-49fd-805a-73e8d1ff33a6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.613351+00	Operator Kecamatan Samboja	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten, lahan milik daerah","urusan":["1.03"]}
59363bcf-076c-4c60-9233-057e95e55ec8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.616232+00	Admin Bagian Kerja Sama Kukar	kembalikan	diajukan	dikembalikan	Sebutkan ruas jalan dan lampirkan data kerusakan.	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten, lahan milik daerah","urusan":["1.03"]}
3f11aeed-86b0-4d44-a005-8415c9717070	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.621727+00	Operator Kecamatan Samboja	ubah	dikembalikan	dikembalikan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}
a1c0caa9-2c35-4623-a9f4-ede2c5b668fc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.624424+00	Operator Kecamatan Samboja	ajukan	dikembalikan	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}
6ff894e3-0636-4151-a491-fbeec82016b8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.626708+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}
9f964ebc-e667-4b93-87df-154bb6ba6b25	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.631431+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}
05da6e52-a0cb-4922-b92e-71b445f9dbf9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f7267e81-e333-4d51-b63d-c05b0de2751d	2026-12-07 23:22:46.638573+00	Admin Bagian Kerja Sama Kukar	prioritaskan	dinilai	diprioritaskan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}
cca08998-6f8d-4ed2-b744-c0cdb98dff98	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a4635889-9154-4582-8b53-1066f877fd0f	2026-12-07 23:22:46.642863+00	Operator Desa Karya Jaya	buat	\N	draf	\N	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}
6ff2e042-978a-4fc8-9a6f-b3c354353af4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a4635889-9154-4582-8b53-1066f877fd0f	2026-12-07 23:22:46.645338+00	Operator Desa Karya Jaya	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}
0809a661-3bc3-4938-8984-bbd2f3ceef96	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a4635889-9154-4582-8b53-1066f877fd0f	2026-12-07 23:22:46.648248+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}
b3d3c6a0-5879-4346-8882-ac6279cc9124	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a4635889-9154-4582-8b53-1066f877fd0f	2026-12-07 23:22:46.652714+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}
bbd88532-7706-4002-9fb0-f8202db1528f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	694f8694-f4ca-4b35-b8a9-93fcdea5428a	2026-12-07 23:22:46.660514+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"pengadaanBarangJasa","calonMitra":[],"deskripsi":"Pengadaan perangkat jaringan kantor dinas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan perangkat jaringan kantor dinas","kodeProgram":"2.16.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Aplikasi Informatika","sumberDana":"apbd","sumberDayaDibutuhkan":"perangkat jaringan, penyedia barang","sumberDayaDimiliki":"anggaran belanja modal","urusan":["2.16"]}
fdac70b6-f131-4942-9ff7-4f507389fa6b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	694f8694-f4ca-4b35-b8a9-93fcdea5428a	2026-12-07 23:22:46.66287+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"pengadaanBarangJasa","calonMitra":[],"deskripsi":"Pengadaan perangkat jaringan kantor dinas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan perangkat jaringan kantor dinas","kodeProgram":"2.16.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Aplikasi Informatika","sumberDana":"apbd","sumberDayaDibutuhkan":"perangkat jaringan, penyedia barang","sumberDayaDimiliki":"anggaran belanja modal","urusan":["2.16"]}
89649a36-7577-49ad-9022-3805d3ea459a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	694f8694-f4ca-4b35-b8a9-93fcdea5428a	2026-12-07 23:22:46.665691+00	Admin Bagian Kerja Sama Kukar	tolak	diajukan	ditolak	Bukan kerja sama daerah: pengadaan/swakelola internal diatur tersendiri (Perpres 16/2018 jo. 12/2021).	{"bentuk":"pengadaanBarangJasa","calonMitra":[],"deskripsi":"Pengadaan perangkat jaringan kantor dinas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan perangkat jaringan kantor dinas","kodeProgram":"2.16.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Aplikasi Informatika","sumberDana":"apbd","sumberDayaDibutuhkan":"perangkat jaringan, penyedia barang","sumberDayaDimiliki":"anggaran belanja modal","urusan":["2.16"]}
a6ade70b-f903-4e9f-808b-dca12eda2878	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af926206-8ca6-4ee7-b58d-3145cb45e537	2026-12-07 23:22:46.670114+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}
13d8d254-f670-4273-8bfb-b5cb385e0abd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af926206-8ca6-4ee7-b58d-3145cb45e537	2026-12-07 23:22:46.675438+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}
ea141c9a-f8c9-4f0a-a11e-8d63978b8a1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af926206-8ca6-4ee7-b58d-3145cb45e537	2026-12-07 23:22:46.678386+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}
9c9a10b4-30df-4e30-acc0-56b5c1987947	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af926206-8ca6-4ee7-b58d-3145cb45e537	2026-12-07 23:22:46.682918+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}
18fd40f1-195e-4d77-8ab2-104505fda6d3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	af926206-8ca6-4ee7-b58d-3145cb45e537	2026-12-07 23:22:46.689825+00	Admin Bagian Kerja Sama Kukar	prioritaskan	dinilai	diprioritaskan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}
50073f70-8244-4025-82d5-4ae26fd49aac	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2d544f77-e632-419d-a021-9420a21c6815	2026-12-07 23:22:46.694336+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}
0a1517de-23c7-4d44-ab8f-e37dfea95e0d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2d544f77-e632-419d-a021-9420a21c6815	2026-12-07 23:22:46.696739+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}
48d5fd56-e5c2-41cf-b23e-bb2679e8d41d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2d544f77-e632-419d-a021-9420a21c6815	2026-12-07 23:22:46.69962+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}
2c7b9f47-854a-4c2d-8108-8ce917b91e25	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2d544f77-e632-419d-a021-9420a21c6815	2026-12-07 23:22:46.703994+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}
0025ba7c-23a9-4826-9f53-b34a01c36581	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2d544f77-e632-419d-a021-9420a21c6815	2026-12-07 23:22:46.710884+00	Admin Bagian Kerja Sama Kukar	prioritaskan	dinilai	diprioritaskan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}
a576229b-7fac-4071-9cd3-74bab0c1fe70	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	baebf93b-4d4b-41a6-a06e-37d9fced2943	2026-12-07 23:22:46.715402+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}
f8f6812e-eca6-4720-b519-9a8bad6f6388	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	baebf93b-4d4b-41a6-a06e-37d9fced2943	2026-12-07 23:22:46.717961+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}
824b9655-cf72-467a-b3a5-973e8fd0fbdb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	baebf93b-4d4b-41a6-a06e-37d9fced2943	2026-12-07 23:22:46.720846+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}
a4e9ba1e-2385-4489-8d5d-dc71c69db730	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	baebf93b-4d4b-41a6-a06e-37d9fced2943	2026-12-07 23:22:46.725364+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}
79a23f05-1471-454f-bbb1-eeef46510b1d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	baebf93b-4d4b-41a6-a06e-37d9fced2943	2026-12-07 23:22:46.73221+00	Admin Bagian Kerja Sama Kukar	prioritaskan	dinilai	diprioritaskan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}
a9654fe0-5faa-484c-9edf-124b79b1d60e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	106877de-dde7-48aa-b13c-b65a9011fb61	2026-12-07 23:22:46.736629+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}
228a003d-c9fb-49e9-b9b6-51c7943b48ad	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	106877de-dde7-48aa-b13c-b65a9011fb61	2026-12-07 23:22:46.739121+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}
bfce20e2-0f2f-4693-adb9-7fb2e8512bf5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	106877de-dde7-48aa-b13c-b65a9011fb61	2026-12-07 23:22:46.741958+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}
e9e18001-657a-47fd-b2a9-3f0c15417b88	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	106877de-dde7-48aa-b13c-b65a9011fb61	2026-12-07 23:22:46.746535+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}
c75f70a0-353a-407d-ad60-6b71e002e26e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f9e20464-2733-4a44-a8de-9b5eea6a41d2	2026-12-07 23:22:46.755753+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}
50719ba9-cdf3-4de6-bc5b-27d0cef3a09d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f9e20464-2733-4a44-a8de-9b5eea6a41d2	2026-12-07 23:22:46.758222+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}
bd13a038-a823-4bcd-822f-84b20b677d43	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f9e20464-2733-4a44-a8de-9b5eea6a41d2	2026-12-07 23:22:46.761156+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}
6e5214ea-123b-4828-985c-4e3e395f6e8d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	f9e20464-2733-4a44-a8de-9b5eea6a41d2	2026-12-07 23:22:46.765645+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}
ddbffa2d-d2b5-4bfb-b19d-a5e8a7f15028	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5d102f33-d459-4545-b15d-3197fbd6bf6e	2026-12-07 23:22:47.932057+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}
cb36d51e-b2a4-4c47-af38-6876d372f576	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	2026-12-07 23:22:46.781152+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}
84d13f9a-3563-43fd-873b-9a01892b7c3e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	2026-12-07 23:22:46.783775+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}
0f3c91b7-fa63-4609-9f0d-362a5d3d01da	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	2026-12-07 23:22:46.790995+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}
8539225d-bfd1-46a6-9319-81d613eef5a8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	2ccd898e-4f57-4298-b4f0-25f8f58eeb63	2026-12-07 23:22:46.799617+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}
74dab4be-44d5-42ca-9edd-65725f4639ea	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f21928d-8695-4ebf-8b40-f9e141057d54	2026-12-07 23:22:46.816097+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}
a966dde5-da07-4569-a89d-9589daea0b9a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f21928d-8695-4ebf-8b40-f9e141057d54	2026-12-07 23:22:46.822445+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}
f1df90cb-4368-4181-8e42-af3b9166b745	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f21928d-8695-4ebf-8b40-f9e141057d54	2026-12-07 23:22:46.828541+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}
528dd73d-5fd1-4b8f-803d-f2e3db66774c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0f21928d-8695-4ebf-8b40-f9e141057d54	2026-12-07 23:22:46.83758+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}
e8fafb07-c5f3-40e9-8687-257efdcc96c1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3f145785-c076-4661-9fdc-783cebf47619	2026-12-07 23:22:46.873719+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}
92ffa22d-83cb-4f77-b971-a6329db6679a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3f145785-c076-4661-9fdc-783cebf47619	2026-12-07 23:22:46.888539+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}
5ffb761d-ca15-4f2a-a11e-078b05d6c0da	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3f145785-c076-4661-9fdc-783cebf47619	2026-12-07 23:22:46.903099+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}
6353dbaf-189f-458c-a0c3-66d856070732	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3f145785-c076-4661-9fdc-783cebf47619	2026-12-07 23:22:46.919009+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}
c5f41b37-f75b-4815-ae93-7045918273b6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	2026-12-07 23:22:46.969577+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}
19ae52d1-c334-4994-9e22-86e2fe70521c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	2026-12-07 23:22:46.976312+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}
067d2bd9-2cab-42a3-96e3-e3b280778870	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	2026-12-07 23:22:46.988507+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}
a178e33c-f8eb-4c56-80a9-9fad38ac7426	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	2026-12-07 23:22:47.005282+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}
ae574c31-775d-46d5-8e31-faf2a19ff045	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	2026-12-07 23:22:47.04209+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}
0a301cd9-8cdc-4b83-8b70-206e81fc85ec	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	2026-12-07 23:22:47.052455+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}
7d0e53a2-4baa-4b67-837a-7ac378850d19	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	2026-12-07 23:22:47.06484+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}
f597863e-1e59-4d80-b140-8f1acefa4062	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	2026-12-07 23:22:47.092509+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}
acfb722f-7991-4f7b-a8b1-58c008e48de0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	2026-12-07 23:22:47.113711+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}
f138ad67-ec6b-4a06-acf6-851755fa7958	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	2026-12-07 23:22:47.125658+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}
fb457c5c-7c26-4721-b9ee-d5f776a71ee6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	2026-12-07 23:22:47.135213+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}
53616e05-00b9-4f96-91c3-e374192825de	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	2026-12-07 23:22:47.147888+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}
49f3c7a6-6e2d-4912-9b23-1159fa58bd51	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9b22f368-946d-4d3d-b0be-0c6f346962a5	2026-12-07 23:22:47.178288+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}
302bbc24-1a26-484b-9ee2-2f92aa032a3c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9b22f368-946d-4d3d-b0be-0c6f346962a5	2026-12-07 23:22:47.184502+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}
96bf570a-0917-4b83-9565-6e1d57112ccb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9b22f368-946d-4d3d-b0be-0c6f346962a5	2026-12-07 23:22:47.197898+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}
41a1927c-0b28-4a54-bc66-e761e43f2efc	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9b22f368-946d-4d3d-b0be-0c6f346962a5	2026-12-07 23:22:47.212483+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}
6528ef13-f9b9-4324-a1bb-5598d1592a04	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	2026-12-07 23:22:47.249772+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}
fa650ed9-f373-412f-9c09-a2f8c0e94b9b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	2026-12-07 23:22:47.253143+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}
1840b77e-b4fb-4e06-bc4f-b68589248ac2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	2026-12-07 23:22:47.265543+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}
2d613d88-0fef-4750-b95e-459fba03b2d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	0b8b4f89-75af-4ff6-ba93-823dda3e9bee	2026-12-07 23:22:47.291981+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}
16f23de5-fef8-4a3b-bd75-0135b25a5bf1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06ecd31b-c536-4fec-be6d-27b6c7c05322	2026-12-07 23:22:47.312564+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}
4ce83a54-2435-4c81-967f-b650df201ed7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06ecd31b-c536-4fec-be6d-27b6c7c05322	2026-12-07 23:22:47.321744+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}
0a9a444f-a430-4760-8f54-8ed8d5266a81	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06ecd31b-c536-4fec-be6d-27b6c7c05322	2026-12-07 23:22:47.325736+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}
eaf4f2c5-1e88-4231-a39e-880c71f0fe6a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	06ecd31b-c536-4fec-be6d-27b6c7c05322	2026-12-07 23:22:47.33619+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}
deb18795-2cf2-417f-a46d-533751e10029	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e91760d4-064b-4e32-9f75-1ea6a8c17989	2026-12-07 23:22:47.356527+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}
968ea7e7-7b9b-47d3-8e3d-65e88854a2e5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e91760d4-064b-4e32-9f75-1ea6a8c17989	2026-12-07 23:22:47.359242+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}
86fd50c4-cd67-4630-85b0-fd97d20ec046	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5d102f33-d459-4545-b15d-3197fbd6bf6e	2026-12-07 23:22:47.942829+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}
6df59068-e132-42e4-9e7c-6194f1b11d06	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e91760d4-064b-4e32-9f75-1ea6a8c17989	2026-12-07 23:22:47.36704+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}
9ff01025-0570-41c7-b430-6609ddb43a62	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	e91760d4-064b-4e32-9f75-1ea6a8c17989	2026-12-07 23:22:47.37777+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}
0916fae3-2d80-48aa-9ff0-6251be9f61a3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	2026-12-07 23:22:47.394993+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}
69f42751-3f9c-45f8-bc53-461714b1d8c1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	2026-12-07 23:22:47.402145+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}
7bed17d5-e0ce-413c-9611-90bd4b25dcb6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	2026-12-07 23:22:47.405741+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}
e50788d0-4a1e-44df-a6fd-e6587c07b0f1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ffe5c21f-1ae2-498b-a9fa-469da97fe70a	2026-12-07 23:22:47.414422+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}
7e43401d-dde4-43a8-8382-232005deefa5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	8f0e8f2a-d97f-4993-8849-07058f520137	2026-12-07 23:22:47.433613+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}
3e0af868-e516-409f-871b-46a92984d7b7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	8f0e8f2a-d97f-4993-8849-07058f520137	2026-12-07 23:22:47.436091+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}
53f132f2-660c-44ec-8649-e6af63572f96	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	8f0e8f2a-d97f-4993-8849-07058f520137	2026-12-07 23:22:47.443962+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}
51032c88-59c6-4304-a611-df7c72881663	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	8f0e8f2a-d97f-4993-8849-07058f520137	2026-12-07 23:22:47.453011+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}
75a09bbb-c10c-4748-8297-eb3b8b46dc4e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a8017792-f3f9-4508-8568-5e28f7b120b2	2026-12-07 23:22:47.487673+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}
80bc90f8-3667-449f-9943-ebecb8095579	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a8017792-f3f9-4508-8568-5e28f7b120b2	2026-12-07 23:22:47.496713+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}
7cf76aeb-c2b5-4be9-bbcf-01ba5c2ed218	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a8017792-f3f9-4508-8568-5e28f7b120b2	2026-12-07 23:22:47.500242+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}
7cc16769-6689-42f5-a56f-e762a27664f4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	a8017792-f3f9-4508-8568-5e28f7b120b2	2026-12-07 23:22:47.514863+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}
a4c07368-71db-40f0-9f11-056ae96a8c06	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5ca6c304-8088-4c5d-9c94-cad6336d24a6	2026-12-07 23:22:47.546793+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}
80476a58-dee2-4c1a-b90d-24ca784f5f6d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5ca6c304-8088-4c5d-9c94-cad6336d24a6	2026-12-07 23:22:47.552494+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}
6e3ddb11-6daf-4377-91da-54beb8ba5799	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5ca6c304-8088-4c5d-9c94-cad6336d24a6	2026-12-07 23:22:47.560659+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}
4bd71854-f7a1-47b0-bf97-fdcb5350060c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5ca6c304-8088-4c5d-9c94-cad6336d24a6	2026-12-07 23:22:47.5848+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}
145f25a8-9b45-4f4f-bb1b-912185511f00	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	2026-12-07 23:22:47.605206+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}
17564472-b1d9-4206-95eb-d325cb35edd8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	2026-12-07 23:22:47.609123+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}
a6185912-b19e-478e-b39e-fd83bba8aaf2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	2026-12-07 23:22:47.616645+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}
f8b6bd4c-0289-4b59-9f7d-caa848db387a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	2026-12-07 23:22:47.626713+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}
53a12352-31c6-4f91-b427-652877c38876	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	22a9415e-e1d4-4fca-afb1-6f4f34265fa5	2026-12-07 23:22:47.644435+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kajian demografi bersama","sumberDayaDimiliki":"data keluarga, penyuluh KB","urusan":["2.14"]}
541b7122-9662-4493-876d-831a92d00882	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	22a9415e-e1d4-4fca-afb1-6f4f34265fa5	2026-12-07 23:22:47.651355+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kajian demografi bersama","sumberDayaDimiliki":"data keluarga, penyuluh KB","urusan":["2.14"]}
b08811ef-8f05-472d-9127-a53e0b378bc9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	22a9415e-e1d4-4fca-afb1-6f4f34265fa5	2026-12-07 23:22:47.654666+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kajian demografi bersama","sumberDayaDimiliki":"data keluarga, penyuluh KB","urusan":["2.14"]}
6d3d3db6-60c7-432b-a903-00c9e7e9ff02	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	480a9467-44e8-4b86-933a-3b0c70784b04	2026-12-07 23:22:47.66528+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Layanan perlindungan anak di kawasan pekerja proyek. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Layanan perlindungan anak di kawasan pekerja proyek","kodeProgram":"2.08.05","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Perlindungan Khusus Anak","sumberDana":"apbd","sumberDayaDibutuhkan":"rumah aman, rujukan bersama","sumberDayaDimiliki":"UPTD PPA, konselor","urusan":["2.08"]}
c3481ec1-9137-4845-be0a-c44190e23655	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	480a9467-44e8-4b86-933a-3b0c70784b04	2026-12-07 23:22:47.669012+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Layanan perlindungan anak di kawasan pekerja proyek. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Layanan perlindungan anak di kawasan pekerja proyek","kodeProgram":"2.08.05","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Perlindungan Khusus Anak","sumberDana":"apbd","sumberDayaDibutuhkan":"rumah aman, rujukan bersama","sumberDayaDimiliki":"UPTD PPA, konselor","urusan":["2.08"]}
111db8c9-4bea-42d2-8ffd-91ff47f4209e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	480a9467-44e8-4b86-933a-3b0c70784b04	2026-12-07 23:22:47.674892+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Layanan perlindungan anak di kawasan pekerja proyek. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Layanan perlindungan anak di kawasan pekerja proyek","kodeProgram":"2.08.05","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Perlindungan Khusus Anak","sumberDana":"apbd","sumberDayaDibutuhkan":"rumah aman, rujukan bersama","sumberDayaDimiliki":"UPTD PPA, konselor","urusan":["2.08"]}
c0a52545-c184-4991-821a-cacf287ec92b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4a1c4f8e-ab48-4eb8-abd9-bff7b87ab734	2026-12-07 23:22:47.683346+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyelesaian tumpang tindih lahan di wilayah delineasi. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyelesaian tumpang tindih lahan di wilayah delineasi","lokasi":["64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"peta batas resmi, koordinasi dengan Otorita IKN","sumberDayaDimiliki":"data bidang tanah, tim penyelesaian sengketa","urusan":["2.10"]}
6367e074-7a49-4980-8804-caa2b098a8b6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4a1c4f8e-ab48-4eb8-abd9-bff7b87ab734	2026-12-07 23:22:47.695066+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyelesaian tumpang tindih lahan di wilayah delineasi. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyelesaian tumpang tindih lahan di wilayah delineasi","lokasi":["64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"peta batas resmi, koordinasi dengan Otorita IKN","sumberDayaDimiliki":"data bidang tanah, tim penyelesaian sengketa","urusan":["2.10"]}
579962f7-3f3a-4341-b4d4-eec98a0485b1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4a1c4f8e-ab48-4eb8-abd9-bff7b87ab734	2026-12-07 23:22:47.703019+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyelesaian tumpang tindih lahan di wilayah delineasi. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyelesaian tumpang tindih lahan di wilayah delineasi","lokasi":["64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"peta batas resmi, koordinasi dengan Otorita IKN","sumberDayaDimiliki":"data bidang tanah, tim penyelesaian sengketa","urusan":["2.10"]}
c63b579c-1021-4575-a3ff-8b33c6f836c5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	76d30b38-092e-4ca2-95e9-5e3bca0b73a0	2026-12-07 23:22:47.707902+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kemitraan plasma kelapa sawit berkelanjutan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kemitraan plasma kelapa sawit berkelanjutan","kodeProgram":"3.27.05","lokasi":["64.02.11","64.02.10"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyuluhan Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"sertifikasi berkelanjutan, bibit unggul","sumberDayaDimiliki":"kebun rakyat, koperasi petani","urusan":["3.27"]}
51e84d1e-9d40-409b-bf49-22eca1b0dbef	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	76d30b38-092e-4ca2-95e9-5e3bca0b73a0	2026-12-07 23:22:47.714518+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kemitraan plasma kelapa sawit berkelanjutan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kemitraan plasma kelapa sawit berkelanjutan","kodeProgram":"3.27.05","lokasi":["64.02.11","64.02.10"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyuluhan Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"sertifikasi berkelanjutan, bibit unggul","sumberDayaDimiliki":"kebun rakyat, koperasi petani","urusan":["3.27"]}
9680fe58-2908-4a16-90c8-20e210a0dbbe	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	32847703-49bd-4c48-9d23-77b56e878390	2026-12-07 23:22:47.723162+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Sentra hortikultura dataran rendah untuk pasar Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra hortikultura dataran rendah untuk pasar Samarinda","kodeProgram":"3.27.04","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengendalian dan Penanggulangan Bencana Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"pasar induk, logistik","sumberDayaDimiliki":"lahan hortikultura, kelompok tani","urusan":["3.27"]}
e23bf602-a14c-47f2-8f8a-a6d1c0ba9d91	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	32847703-49bd-4c48-9d23-77b56e878390	2026-12-07 23:22:47.72961+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Sentra hortikultura dataran rendah untuk pasar Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra hortikultura dataran rendah untuk pasar Samarinda","kodeProgram":"3.27.04","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengendalian dan Penanggulangan Bencana Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"pasar induk, logistik","sumberDayaDimiliki":"lahan hortikultura, kelompok tani","urusan":["3.27"]}
5bf6e65c-499e-4dbe-be17-98b6a51c62a8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	600670f4-8d45-4fb2-a593-9fd955d2d6bf	2026-12-07 23:22:47.738776+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pos pemadam kebakaran bersama di Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pos pemadam kebakaran bersama di Loa Janan","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pos bersama, hidran","sumberDayaDimiliki":"armada pemadam","urusan":["1.05"]}
9a2a04de-86f6-437f-9649-65e894e88fe1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	600670f4-8d45-4fb2-a593-9fd955d2d6bf	2026-12-07 23:22:47.745387+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pos pemadam kebakaran bersama di Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pos pemadam kebakaran bersama di Loa Janan","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pos bersama, hidran","sumberDayaDimiliki":"armada pemadam","urusan":["1.05"]}
e3d39f10-ffa3-4b57-b62d-0b27ac77bf65	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4442c4d1-e213-4db0-85a7-87916f134fc0	2026-12-07 23:22:47.758783+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}
81c3dc2a-e905-438e-98c6-2fc058aec032	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4442c4d1-e213-4db0-85a7-87916f134fc0	2026-12-07 23:22:47.761696+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}
670592fc-c710-40dc-ae5d-67740f853c70	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4442c4d1-e213-4db0-85a7-87916f134fc0	2026-12-07 23:22:47.767032+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}
c5b57f0e-ffb5-4d92-94d2-e55c393c3edd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	4442c4d1-e213-4db0-85a7-87916f134fc0	2026-12-07 23:22:47.776569+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}
34e143d7-e410-4319-ad71-5a55c292811b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	2026-12-07 23:22:47.795083+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}
c994c699-db7e-43ce-b357-72565700d1e2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	2026-12-07 23:22:47.798019+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}
3dd5b4c5-0394-40f2-b59b-2b3fdf702599	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	2026-12-07 23:22:47.805126+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}
b9b8626f-b0b2-4d8f-b930-e74ade3273ef	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	2026-12-07 23:22:47.813207+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}
d5ee4041-2cbd-4977-a061-0824813514d0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	668962d7-f3b8-4d58-9a43-6a391ff665bf	2026-12-07 23:22:47.830926+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}
8dc29a75-a62f-4085-ae4f-9ad97d78db74	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	668962d7-f3b8-4d58-9a43-6a391ff665bf	2026-12-07 23:22:47.838054+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}
7a8f2192-d69b-433a-8812-39c52f7945fb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	668962d7-f3b8-4d58-9a43-6a391ff665bf	2026-12-07 23:22:47.841374+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}
79c7bca0-a8ed-468e-a986-a49a3f2c77df	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	668962d7-f3b8-4d58-9a43-6a391ff665bf	2026-12-07 23:22:47.849833+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}
cdb1cde9-edd6-42de-9fba-fdd242da61b5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1daabfe0-47e9-4918-a83c-6e9d5499356d	2026-12-07 23:22:47.8705+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}
b69e0ad0-0b1c-47f3-9a23-6e9e74bb6c49	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1daabfe0-47e9-4918-a83c-6e9d5499356d	2026-12-07 23:22:47.873129+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}
bc267006-e8de-47d1-a93d-c135c160a786	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1daabfe0-47e9-4918-a83c-6e9d5499356d	2026-12-07 23:22:47.878562+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}
dfaac36a-cc3e-463f-a04b-70f26d1d1e79	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	1daabfe0-47e9-4918-a83c-6e9d5499356d	2026-12-07 23:22:47.888677+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}
bc1c01d5-efa8-4d31-9361-8fa58a34df6c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5d102f33-d459-4545-b15d-3197fbd6bf6e	2026-12-07 23:22:47.912546+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}
9adc4a73-f176-43ec-ba3f-179b7c597539	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	5d102f33-d459-4545-b15d-3197fbd6bf6e	2026-12-07 23:22:47.922831+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}
f4c31f14-2c29-47e8-b403-22a5b3fd7976	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	aecf2144-506e-442e-9698-9bc38e286f7b	2026-12-07 23:22:47.9622+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}
3e43fcf0-51f1-43eb-bd05-d3978a999478	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	aecf2144-506e-442e-9698-9bc38e286f7b	2026-12-07 23:22:47.966771+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}
3035fa31-e078-423d-85c5-b98b0d92c089	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	aecf2144-506e-442e-9698-9bc38e286f7b	2026-12-07 23:22:47.973434+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}
215dbf6f-2593-4856-8a44-164813181cf7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	aecf2144-506e-442e-9698-9bc38e286f7b	2026-12-07 23:22:47.98194+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}
c76888a7-81a8-4d28-8d6e-bd4d730a1d97	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38b1d5bb-0903-4756-9aba-122a2e8f5f52	2026-12-07 23:22:48.002183+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}
6de627b9-25b9-443b-9779-b9b16c75ed0a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38b1d5bb-0903-4756-9aba-122a2e8f5f52	2026-12-07 23:22:48.005312+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}
b7d8a258-bc78-4b8d-922b-987de95b8019	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38b1d5bb-0903-4756-9aba-122a2e8f5f52	2026-12-07 23:22:48.011521+00	Admin Bagian Kerja Sama Kukar	verifikasi	diajukan	terverifikasi	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}
fb898e56-c780-48a3-855b-85edbdbbf9a9	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	38b1d5bb-0903-4756-9aba-122a2e8f5f52	2026-12-07 23:22:48.01981+00	Anggota TKKSD Kukar	nilai	terverifikasi	dinilai	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}
85eb5ec9-1f38-49a0-aafa-c4a4340b2ec4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3123b5e2-132b-4705-906f-1d370bf6c023	2026-12-07 23:22:48.034441+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Sentra kerajinan rotan Jahab. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra kerajinan rotan Jahab","lokasi":["64.02.06.1001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"desain produk, pasar","sumberDayaDimiliki":"perajin rotan, bahan baku rotan","urusan":["3.31"]}
927d81f9-446b-4aeb-8e1a-62f3fc9a2094	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3123b5e2-132b-4705-906f-1d370bf6c023	2026-12-07 23:22:48.04114+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Sentra kerajinan rotan Jahab. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra kerajinan rotan Jahab","lokasi":["64.02.06.1001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"desain produk, pasar","sumberDayaDimiliki":"perajin rotan, bahan baku rotan","urusan":["3.31"]}
163ddad6-e148-4c79-9a5f-f49759d37c17	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	3123b5e2-132b-4705-906f-1d370bf6c023	2026-12-07 23:22:48.047861+00	Admin Bagian Kerja Sama Kukar	kembalikan	diajukan	dikembalikan	Lengkapi kode program Renstra dan perkiraan biaya.	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Sentra kerajinan rotan Jahab. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra kerajinan rotan Jahab","lokasi":["64.02.06.1001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"desain produk, pasar","sumberDayaDimiliki":"perajin rotan, bahan baku rotan","urusan":["3.31"]}
76547ff5-66ed-4cef-bf34-0fb5d6c48add	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	85115f6e-b700-461a-a757-887d9709a844	2026-12-07 23:22:48.054691+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Agrowisata buah Bakungan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Agrowisata buah Bakungan","lokasi":["64.02.03.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, akses jalan","sumberDayaDimiliki":"kebun buah, kelompok tani","urusan":["3.26","3.27"]}
f476b382-a9bf-4a34-8060-b5fb714af662	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	85115f6e-b700-461a-a757-887d9709a844	2026-12-07 23:22:48.066509+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Agrowisata buah Bakungan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Agrowisata buah Bakungan","lokasi":["64.02.03.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, akses jalan","sumberDayaDimiliki":"kebun buah, kelompok tani","urusan":["3.26","3.27"]}
ed18c14f-b045-454f-946a-0eba9f07b4ba	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	d3e897ca-6808-4d98-b661-a4ebbe511a53	2026-12-07 23:22:48.072476+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Air bersih dusun terpencil Jonggon. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air bersih dusun terpencil Jonggon","lokasi":["64.02.02.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pipanisasi, pendanaan","sumberDayaDimiliki":"sumber mata air","urusan":["1.04"]}
904c128f-9a41-44ab-bd0e-690bc0259140	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	8b88d4e4-cd57-4009-bbac-286b976b2a1f	2026-12-07 23:22:48.080087+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Budidaya ikan keramba Rapak Lambur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Budidaya ikan keramba Rapak Lambur","lokasi":["64.02.06.2012"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pakan, pasar","sumberDayaDimiliki":"keramba, kelompok pembudidaya","urusan":["3.25"]}
820a26c9-aa85-425b-a2c3-a3b5255ef37b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ea50c98a-eae0-403b-9f39-bcbdcad9fa1f	2026-12-07 23:22:48.088947+00	Admin Bagian Kerja Sama Kukar	buat	\N	draf	\N	{"bentuk":"swakelola","calonMitra":[],"deskripsi":"Pengadaan obat dan bahan medis habis pakai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan obat dan bahan medis habis pakai","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","sumberDana":"apbd","sumberDayaDibutuhkan":"penyedia obat","sumberDayaDimiliki":"anggaran obat","urusan":["1.02"]}
bbd2df68-d51a-42d2-b5cd-30dce82b26c4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ea50c98a-eae0-403b-9f39-bcbdcad9fa1f	2026-12-07 23:22:48.091668+00	Admin Bagian Kerja Sama Kukar	ajukan	draf	diajukan	\N	{"bentuk":"swakelola","calonMitra":[],"deskripsi":"Pengadaan obat dan bahan medis habis pakai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan obat dan bahan medis habis pakai","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","sumberDana":"apbd","sumberDayaDibutuhkan":"penyedia obat","sumberDayaDimiliki":"anggaran obat","urusan":["1.02"]}
3b523c8b-f44b-47f5-9978-2d44de433614	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	ea50c98a-eae0-403b-9f39-bcbdcad9fa1f	2026-12-07 23:22:48.099302+00	Admin Bagian Kerja Sama Kukar	tolak	diajukan	ditolak	Bukan kerja sama daerah: pengadaan/swakelola internal diatur tersendiri (Perpres 16/2018 jo. 12/2021).	{"bentuk":"swakelola","calonMitra":[],"deskripsi":"Pengadaan obat dan bahan medis habis pakai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan obat dan bahan medis habis pakai","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","sumberDana":"apbd","sumberDayaDibutuhkan":"penyedia obat","sumberDayaDimiliki":"anggaran obat","urusan":["1.02"]}
cac56389-3652-4b36-8e96-ffe625f062bb	55f89f44-0db5-4ec1-8378-496eba2973b7	5064f56a-9391-45c9-976c-2774206cd874	2026-12-07 23:22:48.117189+00	Admin Bagian Kerja Sama Samarinda	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Angkutan sungai terjadwal Samarinda–Tenggarong. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Angkutan sungai terjadwal Samarinda–Tenggarong","lokasi":["64.72.06"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"armada angkutan sungai, terminal Tenggarong, jadwal terpadu","sumberDayaDimiliki":"dermaga Sungai Kunjang, data penumpang sungai","urusan":["2.15"]}
c44094da-c7e1-44b4-98c6-a885be394ed1	55f89f44-0db5-4ec1-8378-496eba2973b7	5064f56a-9391-45c9-976c-2774206cd874	2026-12-07 23:22:48.121519+00	Admin Bagian Kerja Sama Samarinda	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Angkutan sungai terjadwal Samarinda–Tenggarong. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Angkutan sungai terjadwal Samarinda–Tenggarong","lokasi":["64.72.06"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"armada angkutan sungai, terminal Tenggarong, jadwal terpadu","sumberDayaDimiliki":"dermaga Sungai Kunjang, data penumpang sungai","urusan":["2.15"]}
c316ab65-7868-4bbe-be54-2f0614670c76	55f89f44-0db5-4ec1-8378-496eba2973b7	4373679f-b7b9-4acc-bbee-3cb0cac2ac45	2026-12-07 23:22:48.132845+00	Admin Bagian Kerja Sama Samarinda	buat	\N	draf	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Paket wisata Samarinda–Tenggarong pada Festival Erau. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Paket wisata Samarinda–Tenggarong pada Festival Erau","lokasi":["64.72.04"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"Festival Erau, paket wisata bersama, promosi","sumberDayaDimiliki":"hotel dan biro perjalanan, Bandara APT Pranoto","urusan":["3.26"]}
2915df40-c6ac-490b-96d6-14e365079bcb	55f89f44-0db5-4ec1-8378-496eba2973b7	4373679f-b7b9-4acc-bbee-3cb0cac2ac45	2026-12-07 23:22:48.135894+00	Admin Bagian Kerja Sama Samarinda	ajukan	draf	diajukan	\N	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Paket wisata Samarinda–Tenggarong pada Festival Erau. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Paket wisata Samarinda–Tenggarong pada Festival Erau","lokasi":["64.72.04"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"Festival Erau, paket wisata bersama, promosi","sumberDayaDimiliki":"hotel dan biro perjalanan, Bandara APT Pranoto","urusan":["3.26"]}
\.


--
-- Data for Name: rubrik_monev; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rubrik_monev (id, pemda_id, versi, rubrik, dibuat_pada) FROM stdin;
\.


--
-- Data for Name: sesi; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sesi (id, token_hash, pengguna_id, pemda_id, csrf, dibuat_pada, dilihat_pada, kedaluwarsa, ip) FROM stdin;
\.


--
-- Data for Name: token_api; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.token_api (id, pemda_id, pengguna_id, nama, token_hash, prefiks, dibuat_pada, dipakai_pada, kedaluwarsa, dicabut) FROM stdin;
\.


--
-- Data for Name: token_kalender; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.token_kalender (id, pemda_id, pengguna_id, token_hash, dibuat) FROM stdin;
\.


--
-- Data for Name: unit_kerja; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.unit_kerja (id, pemda_id, jenis, nama, singkatan, kode_wilayah, urusan, contoh, aktif, version, dibuat_pada, diubah_pada) FROM stdin;
4ef8537d-b5a4-4125-bba2-e336de87550a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pendidikan dan Kebudayaan	Disdikbud	\N	1.01,2.22	t	t	1	2026-12-07 23:22:46.425108+00	2026-12-07 23:22:46.425108+00
fda47af9-905c-4108-9111-4566daca0e3e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Kesehatan	Dinkes	\N	1.02	t	t	1	2026-12-07 23:22:46.42691+00	2026-12-07 23:22:46.42691+00
f71e3032-7348-4ba0-bcae-065cf400aa9f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pekerjaan Umum dan Penataan Ruang	DPUPR	\N	1.03	t	t	1	2026-12-07 23:22:46.43254+00	2026-12-07 23:22:46.43254+00
81d3ba76-4751-4c13-9aa8-4c5dfc0d96c7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perumahan dan Kawasan Permukiman	Disperkim	\N	1.04	t	t	1	2026-12-07 23:22:46.43377+00	2026-12-07 23:22:46.43377+00
243249f3-c092-4625-8679-86457993bd46	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Satuan Polisi Pamong Praja	Satpol PP	\N	1.05	t	t	1	2026-12-07 23:22:46.436731+00	2026-12-07 23:22:46.436731+00
8bb45885-c1d6-49aa-b27e-a51283d16e81	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Badan Penanggulangan Bencana Daerah	BPBD	\N	1.05	t	t	1	2026-12-07 23:22:46.437638+00	2026-12-07 23:22:46.437638+00
4dd77359-9ed9-49de-8bdd-6785416d4151	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pemadam Kebakaran dan Penyelamatan	Damkar	\N	1.05	t	t	1	2026-12-07 23:22:46.438461+00	2026-12-07 23:22:46.438461+00
30741499-8e4a-417b-a2b1-ba36087e482c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Sosial	Dinsos	\N	1.06	t	t	1	2026-12-07 23:22:46.439237+00	2026-12-07 23:22:46.439237+00
067c80ae-f646-4012-b9d4-6dea6a8a2c2f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Tenaga Kerja dan Transmigrasi	Disnakertrans	\N	2.07,3.32	t	t	1	2026-12-07 23:22:46.440254+00	2026-12-07 23:22:46.440254+00
03f8d31f-f914-47aa-a990-f247de3c9e29	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pemberdayaan Perempuan dan Perlindungan Anak	DP3A	\N	2.08	t	t	1	2026-12-07 23:22:46.444779+00	2026-12-07 23:22:46.444779+00
a0c0ed39-9774-4bb4-b01e-ea77136668de	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Ketahanan Pangan	DKP	\N	2.09	t	t	1	2026-12-07 23:22:46.44568+00	2026-12-07 23:22:46.44568+00
8f86586b-c454-4651-ae7b-e0e9d2e6f0d4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pertanahan	Distanah	\N	2.10	t	t	1	2026-12-07 23:22:46.448446+00	2026-12-07 23:22:46.448446+00
9ecbe07d-8736-4e41-8b7c-c9852451b8b8	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Lingkungan Hidup	DLH	\N	2.11	t	t	1	2026-12-07 23:22:46.449283+00	2026-12-07 23:22:46.449283+00
ba3021fe-a774-458c-90cb-d8df22e59565	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Kependudukan dan Pencatatan Sipil	Disdukcapil	\N	2.12	t	t	1	2026-12-07 23:22:46.450044+00	2026-12-07 23:22:46.450044+00
43bebc58-cfb0-491e-ba4e-298f4b9b41de	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pemberdayaan Masyarakat dan Pemerintahan Desa	DPMPD	\N	2.13	t	t	1	2026-12-07 23:22:46.450791+00	2026-12-07 23:22:46.450791+00
7ca8f40a-2931-474b-9ac3-416f72efeb2c	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pengendalian Penduduk dan Keluarga Berencana	DPPKB	\N	2.14	t	t	1	2026-12-07 23:22:46.45152+00	2026-12-07 23:22:46.45152+00
b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perhubungan	Dishub	\N	2.15	t	t	1	2026-12-07 23:22:46.452943+00	2026-12-07 23:22:46.452943+00
319a2730-2d0f-47a0-9d1c-afd8a218480e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Komunikasi dan Informatika	Diskominfo	\N	2.16,2.20,2.21	t	t	1	2026-12-07 23:22:46.453683+00	2026-12-07 23:22:46.453683+00
9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Koperasi dan Usaha Kecil Menengah	Diskop UKM	\N	2.17	t	t	1	2026-12-07 23:22:46.457253+00	2026-12-07 23:22:46.457253+00
cb477e52-1449-4f89-bc6e-c516eff7d127	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu	DPMPTSP	\N	2.18	t	t	1	2026-12-07 23:22:46.458071+00	2026-12-07 23:22:46.458071+00
6c095583-689e-4a22-bcca-f76fc6a2ca47	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pemuda dan Olahraga	Dispora	\N	2.19	t	t	1	2026-12-07 23:22:46.45884+00	2026-12-07 23:22:46.45884+00
e72d9fe5-27e7-415b-9aea-858e345d48d7	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perpustakaan dan Kearsipan	Dispursip	\N	2.23,2.24	t	t	1	2026-12-07 23:22:46.459618+00	2026-12-07 23:22:46.459618+00
c425f22e-8f08-45b2-aeeb-77c7c764a611	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perikanan dan Kelautan	DKP Perikanan	\N	3.25	t	t	1	2026-12-07 23:22:46.460705+00	2026-12-07 23:22:46.460705+00
13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pariwisata	Dispar	\N	3.26	t	t	1	2026-12-07 23:22:46.464604+00	2026-12-07 23:22:46.464604+00
0514cb48-1b49-41a0-8d7d-d1b1743ab2a6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Pertanian dan Peternakan	Distannak	\N	3.27	t	t	1	2026-12-07 23:22:46.465461+00	2026-12-07 23:22:46.465461+00
d25e6594-1a7a-46d0-901e-b108a43c23a0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Tanaman Pangan dan Hortikultura	DTPH	\N	3.27	t	t	1	2026-12-07 23:22:46.466209+00	2026-12-07 23:22:46.466209+00
fdd8268f-7a29-4101-8787-69a66c38f5cb	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perkebunan	Disbun	\N	3.27	t	t	1	2026-12-07 23:22:46.466966+00	2026-12-07 23:22:46.466966+00
c25f36d2-cc15-48e2-a61a-7c9cf62400be	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	opd	Dinas Perindustrian dan Perdagangan	Disperindag	\N	3.30,3.31	t	t	1	2026-12-07 23:22:46.468643+00	2026-12-07 23:22:46.468643+00
a8d03016-fd8c-443b-b5c5-6a14a29c8c96	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Muara Muntai	\N	64.02.01		t	t	1	2026-12-07 23:22:46.472528+00	2026-12-07 23:22:46.472528+00
3c44346e-2e35-408a-9675-e96a0d8c1de3	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Loa Kulu	\N	64.02.02		t	t	1	2026-12-07 23:22:46.473321+00	2026-12-07 23:22:46.473321+00
1388f5d9-c2ef-446d-9135-9c4e3071cf28	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Loa Janan	\N	64.02.03		t	t	1	2026-12-07 23:22:46.474057+00	2026-12-07 23:22:46.474057+00
b1f433b2-6d4e-43d6-8c34-8f6ef19a58e0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Anggana	\N	64.02.04		t	t	1	2026-12-07 23:22:46.474796+00	2026-12-07 23:22:46.474796+00
1b586260-a827-4629-a5f4-534e5ec3ae69	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Muara Badak	\N	64.02.05		t	t	1	2026-12-07 23:22:46.475526+00	2026-12-07 23:22:46.475526+00
12402094-30dd-466b-a5b4-d1d1aaf1aa00	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Tenggarong	\N	64.02.06		t	t	1	2026-12-07 23:22:46.480702+00	2026-12-07 23:22:46.480702+00
995cad5b-f6f7-49be-ace7-31a1060693dd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Sebulu	\N	64.02.07		t	t	1	2026-12-07 23:22:46.481521+00	2026-12-07 23:22:46.481521+00
09c8e6ba-faa9-4e18-a872-fb9bf3376b4a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Kota Bangun	\N	64.02.08		t	t	1	2026-12-07 23:22:46.482263+00	2026-12-07 23:22:46.482263+00
8a5e67b8-de25-4e4e-a88c-27551ba77564	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Kenohan	\N	64.02.09		t	t	1	2026-12-07 23:22:46.483004+00	2026-12-07 23:22:46.483004+00
fc35cfa3-3c50-465c-9043-5995ffe120d4	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Kembang Janggut	\N	64.02.10		t	t	1	2026-12-07 23:22:46.483738+00	2026-12-07 23:22:46.483738+00
15e54401-6327-47c7-b8ea-eb5c166ff164	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Muara Kaman	\N	64.02.11		t	t	1	2026-12-07 23:22:46.484521+00	2026-12-07 23:22:46.484521+00
3a63c0b1-10b9-46c2-8d1b-664ce26033f5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Tabang	\N	64.02.12		t	t	1	2026-12-07 23:22:46.485287+00	2026-12-07 23:22:46.485287+00
00784a7e-864f-4ff6-8bcf-364fed55d5cd	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Samboja	\N	64.02.13		t	t	1	2026-12-07 23:22:46.486055+00	2026-12-07 23:22:46.486055+00
e743ba44-e5cf-4eb0-8e8b-711fd1e522db	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Muara Jawa	\N	64.02.14		t	t	1	2026-12-07 23:22:46.486811+00	2026-12-07 23:22:46.486811+00
aba01259-9fa9-4a36-90a1-f7be58017ddf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Sanga Sanga	\N	64.02.15		t	t	1	2026-12-07 23:22:46.488913+00	2026-12-07 23:22:46.488913+00
0bcdb74a-5df6-4a7d-9217-3e33929c6a2d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Tenggarong Seberang	\N	64.02.16		t	t	1	2026-12-07 23:22:46.489666+00	2026-12-07 23:22:46.489666+00
a90cd074-d1a7-44ae-a533-53d73e977881	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Marang Kayu	\N	64.02.17		t	t	1	2026-12-07 23:22:46.492715+00	2026-12-07 23:22:46.492715+00
f8c8beec-bd0c-44ae-ab42-c4b84cd0190d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Muara Wis	\N	64.02.18		t	t	1	2026-12-07 23:22:46.493506+00	2026-12-07 23:22:46.493506+00
bd889554-e31e-4f55-bea1-69adb69ecb60	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Kota Bangun Darat	\N	64.02.19		t	t	1	2026-12-07 23:22:46.494249+00	2026-12-07 23:22:46.494249+00
ae5bc029-1ba9-4293-9b13-f136653660a2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kecamatan	Kecamatan Samboja Barat	\N	64.02.20		t	t	1	2026-12-07 23:22:46.495013+00	2026-12-07 23:22:46.495013+00
e031ac67-6f22-43ca-af4f-ff4f50274895	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	desa	Desa Karya Jaya	\N	64.02.13.2014		t	t	1	2026-12-07 23:22:46.495794+00	2026-12-07 23:22:46.495794+00
bdb5a006-ea13-4b01-bfd5-f89060346be1	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	kelurahan	Kelurahan Jahab	\N	64.02.06.1001		t	t	1	2026-12-07 23:22:46.496897+00	2026-12-07 23:22:46.496897+00
ff8fa59d-cec3-4cfb-b611-38d5f4459324	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	desa	Desa Bakungan	\N	64.02.03.2001		t	t	1	2026-12-07 23:22:46.500982+00	2026-12-07 23:22:46.500982+00
cc2777e6-9caf-49d1-911e-8cf9ffe4afb0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	desa	Desa Jonggon Desa	\N	64.02.02.2001		t	t	1	2026-12-07 23:22:46.50176+00	2026-12-07 23:22:46.50176+00
cbbedc59-aaec-4c6a-a981-7c74e9dd64ae	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	desa	Desa Rapak Lambur	\N	64.02.06.2012		t	t	1	2026-12-07 23:22:46.502533+00	2026-12-07 23:22:46.502533+00
a9941370-aae9-4953-99c8-fa5105c87728	55f89f44-0db5-4ec1-8378-496eba2973b7	opd	Dinas Perhubungan	Dishub	\N	2.15	t	t	1	2026-12-07 23:22:46.535754+00	2026-12-07 23:22:46.535754+00
c53856ee-1216-4b4d-b243-2a446498ca11	55f89f44-0db5-4ec1-8378-496eba2973b7	opd	Dinas Kebudayaan dan Pariwisata	Disbudpar	\N	2.22,3.26	t	t	1	2026-12-07 23:22:46.536655+00	2026-12-07 23:22:46.536655+00
\.


--
-- Data for Name: urusan; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.urusan (kode, nama, kelompok, edisi, aktif) FROM stdin;
1.01	Pendidikan	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
1.02	Kesehatan	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
1.03	Pekerjaan Umum dan Penataan Ruang	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
1.04	Perumahan Rakyat dan Kawasan Permukiman	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
1.05	Ketenteraman, Ketertiban Umum, dan Pelindungan Masyarakat	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
1.06	Sosial	1	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.07	Tenaga Kerja	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.08	Pemberdayaan Perempuan dan Pelindungan Anak	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.09	Pangan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.10	Pertanahan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.11	Lingkungan Hidup	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.12	Administrasi Kependudukan dan Pencatatan Sipil	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.13	Pemberdayaan Masyarakat dan Desa	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.14	Pengendalian Penduduk dan Keluarga Berencana	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.15	Perhubungan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.16	Komunikasi dan Informatika	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.17	Koperasi, Usaha Kecil, dan Menengah	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.18	Penanaman Modal	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.19	Kepemudaan dan Olahraga	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.20	Statistik	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.21	Persandian	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.22	Kebudayaan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.23	Perpustakaan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
2.24	Kearsipan	2	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.25	Kelautan dan Perikanan	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.26	Pariwisata	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.27	Pertanian	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.28	Kehutanan	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.29	Energi dan Sumber Daya Mineral	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.30	Perdagangan	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.31	Perindustrian	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
3.32	Transmigrasi	3	UU 23/2014 Pasal 12; kode menurut Kepmendagri 050-5889/2021	t
\.


--
-- Data for Name: usulan_potensi; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.usulan_potensi (id, pemda_id, periode_id, unit_id, status, isi, jenis, judul, urusan, lokasi, catatan, publik, contoh, version, dibuat_oleh, dibuat_pada, diubah_pada) FROM stdin;
af23d6ea-d97c-45e1-a8b5-daf24e88c105	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	b8ba3487-933a-4c99-9f8d-b8ea2a4dc120	diprioritaskan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Integrasi angkutan sungai dan darat Tenggarong–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kabupaten Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Integrasi angkutan sungai dan darat Tenggarong–IKN","kodeProgram":"2.15.02","lokasi":["64.02.06","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"rute terpadu, integrasi tiket, pendanaan sarana","sumberDayaDimiliki":"dermaga sungai, armada angkutan sungai, terminal Tenggarong","urusan":["2.15"]}	potensi	Integrasi angkutan sungai dan darat Tenggarong–IKN	2.15	64.02.06,64.02.03	\N	t	t	5	e52727ba-109c-4823-a060-cc6c4f052c4f	2026-12-07 23:22:46.584243+00	2026-12-07 23:22:48.140337+00
f7267e81-e333-4d51-b63d-c05b0de2751d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	00784a7e-864f-4ff6-8bcf-364fed55d5cd	diprioritaskan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Akses jalan penghubung Samboja ke kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Akses jalan penghubung Samboja ke kawasan IKN","kodeProgram":"1.03.10","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peningkatan jalan, jembatan, pendanaan konstruksi","sumberDayaDimiliki":"ruas jalan kabupaten Samboja–Semoi (data kerusakan 2025), lahan milik daerah","urusan":["1.03"]}	permasalahan	Akses jalan penghubung Samboja ke kawasan IKN	1.03	64.02.13	\N	f	t	8	91a51e6d-afa3-4373-9f02-8408258e95c9	2026-12-07 23:22:46.609637+00	2026-12-07 23:22:46.637878+00
a4635889-9154-4582-8b53-1066f877fd0f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e031ac67-6f22-43ca-af4f-ff4f50274895	dinilai	{"bentuk":"kerjaSamaDesa","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Desa wisata Karya Jaya: paket ekowisata penyangga IKN","kodeProgram":"3.26.02","lokasi":["64.02.13.2014"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Daya Tarik Destinasi Pariwisata","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"promosi, pelatihan pemandu, akses pasar wisatawan","sumberDayaDimiliki":"kebun buah, homestay warga, kelompok sadar wisata","urusan":["3.26"]}	potensi	Desa wisata Karya Jaya: paket ekowisata penyangga IKN	3.26	64.02.13.2014	\N	f	t	4	1785c446-194b-47eb-82b2-5ce76089271a	2026-12-07 23:22:46.641953+00	2026-12-07 23:22:46.651979+00
694f8694-f4ca-4b35-b8a9-93fcdea5428a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	319a2730-2d0f-47a0-9d1c-afd8a218480e	ditolak	{"bentuk":"pengadaanBarangJasa","calonMitra":[],"deskripsi":"Pengadaan perangkat jaringan kantor dinas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan perangkat jaringan kantor dinas","kodeProgram":"2.16.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Aplikasi Informatika","sumberDana":"apbd","sumberDayaDibutuhkan":"perangkat jaringan, penyedia barang","sumberDayaDimiliki":"anggaran belanja modal","urusan":["2.16"]}	isu	Pengadaan perangkat jaringan kantor dinas	2.16	64.02.06	Bukan kerja sama daerah: pengadaan/swakelola internal diatur tersendiri (Perpres 16/2018 jo. 12/2021).	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.659638+00	2026-12-07 23:22:46.664995+00
af926206-8ca6-4ee7-b58d-3145cb45e537	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	fda47af9-905c-4108-9111-4566daca0e3e	diprioritaskan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sistem rujukan bersama, pembiayaan layanan","sumberDayaDimiliki":"rumah sakit rujukan, dokter spesialis, ambulans","urusan":["1.02"]}	potensi	Rujukan pasien terpadu RSUD A.M. Parikesit dengan fasilitas kesehatan IKN	1.02	64.02.06	\N	f	t	5	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.669214+00	2026-12-07 23:22:46.689136+00
2d544f77-e632-419d-a021-9420a21c6815	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	4ef8537d-b5a4-4125-bba2-e336de87550a	diprioritaskan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Peningkatan mutu pendidikan di wilayah perbatasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Peningkatan mutu pendidikan di wilayah perbatasan IKN","kodeProgram":"1.01.02","lokasi":["64.02.02","64.02.03","64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Pendidikan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"pelatihan guru, sarana laboratorium, beasiswa","sumberDayaDimiliki":"sekolah negeri, guru penggerak","urusan":["1.01"]}	potensi	Peningkatan mutu pendidikan di wilayah perbatasan IKN	1.01	64.02.02,64.02.03,64.02.15	\N	f	t	5	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.693448+00	2026-12-07 23:22:46.710183+00
baebf93b-4d4b-41a6-a06e-37d9fced2943	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	f71e3032-7348-4ba0-bcae-065cf400aa9f	diprioritaskan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengendalian banjir Sungai Mahakam di Tenggarong Seberang","kodeProgram":"1.03.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Sumber Daya Air","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"tanggul, pompa banjir, pengelolaan daerah aliran sungai bersama","sumberDayaDimiliki":"data hidrologi, lahan sempadan","urusan":["1.03"]}	permasalahan	Pengendalian banjir Sungai Mahakam di Tenggarong Seberang	1.03	64.02.16	\N	f	t	5	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.714482+00	2026-12-07 23:22:46.731524+00
106877de-dde7-48aa-b13c-b65a9011fb61	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9ecbe07d-8736-4e41-8b7c-c9852451b8b8	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pengelolaan sampah regional Tenggarong–Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pengelolaan sampah regional Tenggarong–Samarinda","kodeProgram":"2.11.09","lokasi":["64.02.06","64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Persampahan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"TPA regional, teknologi pengolahan sampah","sumberDayaDimiliki":"lahan TPA, armada pengangkut sampah","urusan":["2.11"]}	permasalahan	Pengelolaan sampah regional Tenggarong–Samarinda	2.11	64.02.06,64.02.16	\N	t	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.735686+00	2026-12-07 23:22:48.142249+00
f9e20464-2733-4a44-a8de-9b5eea6a41d2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	13a4cb19-7fb2-4dec-8947-eb219f2ce2a2	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Festival Erau sebagai agenda wisata bersama Kalimantan Timur","kodeProgram":"3.26.03","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemasaran Pariwisata","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi bersama, paket perjalanan, penerbangan","sumberDayaDimiliki":"Festival Erau, Museum Mulawarman, Kedaton Kutai","urusan":["3.26","2.22"]}	potensi	Festival Erau sebagai agenda wisata bersama Kalimantan Timur	3.26,2.22	64.02.06	\N	t	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.754828+00	2026-12-07 23:22:48.142903+00
2ccd898e-4f57-4298-b4f0-25f8f58eeb63	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	c425f22e-8f08-45b2-aeeb-77c7c764a611	dinilai	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Pasokan ikan air tawar ke pasar IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pasokan ikan air tawar ke pasar IKN","kodeProgram":"3.25.04","lokasi":["64.02.01","64.02.08"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan Perikanan Budidaya","sumberDana":"apbd","sumberDayaDibutuhkan":"rantai dingin, akses pasar, offtaker","sumberDayaDimiliki":"sentra budidaya ikan, kelompok pembudidaya","urusan":["3.25"]}	potensi	Pasokan ikan air tawar ke pasar IKN	3.25	64.02.01,64.02.08	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.777196+00	2026-12-07 23:22:46.798899+00
0f21928d-8695-4ebf-8b40-f9e141057d54	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	0514cb48-1b49-41a0-8d7d-d1b1743ab2a6	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Kawasan lumbung pangan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kawasan lumbung pangan penyangga IKN","kodeProgram":"3.27.03","lokasi":["64.02.02","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyediaan dan Pengembangan Prasarana Pertanian","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"jaminan pasar, irigasi, benih unggul","sumberDayaDimiliki":"lahan sawah, penyuluh pertanian, alat mesin pertanian","urusan":["3.27","2.09"]}	potensi	Kawasan lumbung pangan penyangga IKN	3.27,2.09	64.02.02,64.02.20	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.813954+00	2026-12-07 23:22:46.836731+00
3f145785-c076-4661-9fdc-783cebf47619	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	067c80ae-f646-4012-b9d4-6dea6a8a2c2f	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyiapan tenaga kerja lokal untuk proyek IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyiapan tenaga kerja lokal untuk proyek IKN","kodeProgram":"2.07.03","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pelatihan Kerja dan Produktivitas Tenaga Kerja","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"sertifikasi kompetensi, informasi kebutuhan tenaga kerja","sumberDayaDimiliki":"balai latihan kerja, data pencari kerja","urusan":["2.07"]}	isu	Penyiapan tenaga kerja lokal untuk proyek IKN	2.07	64.02.13,64.02.03	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.864748+00	2026-12-07 23:22:46.915791+00
51b51e5a-ae20-45e8-adb4-e6d2e286fd3a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cb477e52-1449-4f89-bc6e-c516eff7d127	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Promosi investasi kawasan industri Kariangau–Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Promosi investasi kawasan industri Kariangau–Loa Janan","kodeProgram":"2.18.03","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Promosi Penanaman Modal","sumberDana":"apbd","sumberDayaDibutuhkan":"forum investasi bersama, insentif","sumberDayaDimiliki":"peta peluang investasi, lahan kawasan industri","urusan":["2.18"]}	potensi	Promosi investasi kawasan industri Kariangau–Loa Janan	2.18	64.02.03	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:46.963183+00	2026-12-07 23:22:47.001252+00
cf6173d7-fc06-4b6a-8fa5-be0fc326f9d6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	9ce1c99d-5f4b-47d5-9c75-dbdceba6da2a	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pemasaran produk UMKM Kukar di kawasan IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pemasaran produk UMKM Kukar di kawasan IKN","kodeProgram":"2.17.06","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro","sumberDana":"apbd","sumberDayaDibutuhkan":"gerai pemasaran, kurasi produk, akses pasar","sumberDayaDimiliki":"produk UMKM, rumah kemasan","urusan":["2.17"]}	potensi	Pemasaran produk UMKM Kukar di kawasan IKN	2.17	64.02.06,64.02.13	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.032428+00	2026-12-07 23:22:47.084639+00
74a9fcb1-e52c-4a1c-a198-81c9a3ae7791	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	30741499-8e4a-417b-a2b1-ba36087e482c	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanganan penyandang masalah kesejahteraan sosial lintas daerah","kodeProgram":"1.06.04","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Rehabilitasi Sosial","sumberDana":"apbd","sumberDayaDibutuhkan":"mekanisme rujukan, pemulangan, data terpadu","sumberDayaDimiliki":"panti sosial, pendamping sosial","urusan":["1.06"]}	permasalahan	Penanganan penyandang masalah kesejahteraan sosial lintas daerah	1.06	64.02.06	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.110308+00	2026-12-07 23:22:47.146918+00
9b22f368-946d-4d3d-b0be-0c6f346962a5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ba3021fe-a774-458c-90cb-d8df22e59565	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Pemutakhiran data penduduk terdampak delineasi IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pemutakhiran data penduduk terdampak delineasi IKN","kodeProgram":"2.12.02","lokasi":["64.02.13","64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pendaftaran Penduduk","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"data batas delineasi, berita acara penegasan batas","sumberDayaDimiliki":"basis data kependudukan, petugas registrasi","urusan":["2.12"]}	isu	Pemutakhiran data penduduk terdampak delineasi IKN	2.12	64.02.13,64.02.20,64.02.02	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.176963+00	2026-12-07 23:22:47.208612+00
0b8b4f89-75af-4ff6-ba93-823dda3e9bee	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	8bb45885-c1d6-49aa-b27e-a51283d16e81	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penanggulangan kebakaran hutan dan lahan di perbatasan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara dan Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Penanggulangan kebakaran hutan dan lahan di perbatasan","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"peralatan pemadaman, sistem peringatan dini bersama","sumberDayaDimiliki":"regu pemadam, posko siaga","urusan":["1.05"]}	permasalahan	Penanggulangan kebakaran hutan dan lahan di perbatasan	1.05	64.02.13,64.02.14	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.241483+00	2026-12-07 23:22:47.280161+00
06ecd31b-c536-4fec-be6d-27b6c7c05322	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	81d3ba76-4751-4c13-9aa8-4c5dfc0d96c7	dinilai	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Air minum curah untuk kawasan Samboja dan Muara Jawa. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air minum curah untuk kawasan Samboja dan Muara Jawa","kodeProgram":"1.03.05","lokasi":["64.02.13","64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum","sumberDana":"apbd","sumberDayaDibutuhkan":"instalasi pengolahan air, pendanaan","sumberDayaDimiliki":"sumber air baku, jaringan distribusi","urusan":["1.04","1.03"]}	permasalahan	Air minum curah untuk kawasan Samboja dan Muara Jawa	1.04,1.03	64.02.13,64.02.14	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.309364+00	2026-12-07 23:22:47.335226+00
e91760d4-064b-4e32-9f75-1ea6a8c17989	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	43bebc58-cfb0-491e-ba4e-298f4b9b41de	dinilai	{"bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"BUM Desa bersama kawasan penyangga IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"BUM Desa bersama kawasan penyangga IKN","kodeProgram":"2.13.04","lokasi":["64.02.13","64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemberdayaan Lembaga Kemasyarakatan, Lembaga Adat dan Masyarakat Hukum Adat","sumberDana":"apbd","sumberDayaDibutuhkan":"pendampingan usaha, akses permodalan","sumberDayaDimiliki":"BUM Desa aktif, aset desa","urusan":["2.13"]}	potensi	BUM Desa bersama kawasan penyangga IKN	2.13	64.02.13,64.02.20	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.355453+00	2026-12-07 23:22:47.3766+00
ffe5c21f-1ae2-498b-a9fa-469da97fe70a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	6c095583-689e-4a22-bcca-f76fc6a2ca47	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pusat pelatihan atlet Stadion Aji Imbut. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pusat pelatihan atlet Stadion Aji Imbut","kodeProgram":"2.19.03","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kapasitas Daya Saing Keolahragaan","sumberDana":"apbd","sumberDayaDibutuhkan":"pengelola profesional, jadwal kejuaraan","sumberDayaDimiliki":"Stadion Aji Imbut, fasilitas olahraga","urusan":["2.19"]}	potensi	Pusat pelatihan atlet Stadion Aji Imbut	2.19	64.02.16	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.393891+00	2026-12-07 23:22:47.413643+00
8f0e8f2a-d97f-4993-8849-07058f520137	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	c25f36d2-cc15-48e2-a61a-7c9cf62400be	dinilai	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Hilirisasi produk sawit dan karet rakyat. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Hilirisasi produk sawit dan karet rakyat","kodeProgram":"3.31.02","lokasi":["64.02.07","64.02.11"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Industri","sumberDana":"apbd","sumberDayaDibutuhkan":"pabrik pengolahan, investor, akses pasar ekspor","sumberDayaDimiliki":"bahan baku sawit dan karet, kelompok tani","urusan":["3.31","3.30"]}	potensi	Hilirisasi produk sawit dan karet rakyat	3.31,3.30	64.02.07,64.02.11	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.432633+00	2026-12-07 23:22:47.449873+00
a8017792-f3f9-4508-8568-5e28f7b120b2	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e72d9fe5-27e7-415b-9aea-858e345d48d7	dinilai	{"bentuk":"kerjaSamaLuarNegeri","calonMitra":[],"deskripsi":"Digitalisasi naskah kuno Kesultanan Kutai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Digitalisasi naskah kuno Kesultanan Kutai","kodeProgram":"2.23.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pembinaan Perpustakaan","sumberDana":"apbd","sumberDayaDibutuhkan":"teknologi digitalisasi, ahli konservasi","sumberDayaDimiliki":"naskah kuno, arsip kesultanan","urusan":["2.23","2.24"]}	potensi	Digitalisasi naskah kuno Kesultanan Kutai	2.23,2.24	64.02.06	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.486503+00	2026-12-07 23:22:47.513913+00
5ca6c304-8088-4c5d-9c94-cad6336d24a6	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	243249f3-c092-4625-8679-86457993bd46	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Ketertiban umum di koridor jalan Samarinda–IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda dan Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Ketertiban umum di koridor jalan Samarinda–IKN","lokasi":["64.02.03","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"patroli bersama, sarana komunikasi","sumberDayaDimiliki":"personel Satpol PP, pos jaga","urusan":["1.05"]}	isu	Ketertiban umum di koridor jalan Samarinda–IKN	1.05	64.02.03,64.02.13	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.545377+00	2026-12-07 23:22:47.575448+00
9ee3269d-4cdc-42fd-a1c8-9676383bd8ea	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	a0c0ed39-9774-4bb4-b01e-ea77136668de	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C","D7CECC20-C39D-4FB6-9F5A-BBB34154C5E9"],"deskripsi":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota","kodeProgram":"2.09.02","lokasi":["64.02.06","64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Peningkatan Diversifikasi dan Ketahanan Pangan Masyarakat","sumberDana":"apbd","sumberDayaDibutuhkan":"perjanjian pasokan antardaerah, transportasi logistik","sumberDayaDimiliki":"gudang cadangan pangan, data neraca pangan","urusan":["2.09"]}	permasalahan	Stabilisasi pasokan dan harga pangan menjelang pemindahan ibu kota	2.09	64.02.06,64.02.13	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.602603+00	2026-12-07 23:22:47.625868+00
6aaa9125-9b66-4293-bdc2-9b3b22fa7a69	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	3c44346e-2e35-408a-9675-e96a0d8c1de3	dinilai	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kerusakan jalan akibat angkutan tambang. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Kerusakan jalan akibat angkutan tambang","kodeProgram":"1.03.10","lokasi":["64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Jalan","sumberDana":"apbd","sumberDayaDibutuhkan":"perbaikan jalan, jalur khusus tambang","sumberDayaDimiliki":"ruas jalan, data kerusakan","urusan":["1.03","2.15"]}	permasalahan	Kerusakan jalan akibat angkutan tambang	1.03,2.15	64.02.02	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.793902+00	2026-12-07 23:22:47.809412+00
22a9415e-e1d4-4fca-afb1-6f4f34265fa5	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	7ca8f40a-2931-474b-9ac3-416f72efeb2c	terverifikasi	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Proyeksi pertumbuhan penduduk akibat migrasi ke IKN","lokasi":["64.02.13","64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kajian demografi bersama","sumberDayaDimiliki":"data keluarga, penyuluh KB","urusan":["2.14"]}	isu	Proyeksi pertumbuhan penduduk akibat migrasi ke IKN	2.14	64.02.13,64.02.03	\N	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.643382+00	2026-12-07 23:22:47.653936+00
480a9467-44e8-4b86-933a-3b0c70784b04	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	03f8d31f-f914-47aa-a990-f247de3c9e29	terverifikasi	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["05F77C39-6853-4D28-AF7A-B243B095DA4C"],"deskripsi":"Layanan perlindungan anak di kawasan pekerja proyek. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Penajam Paser Utara","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Layanan perlindungan anak di kawasan pekerja proyek","kodeProgram":"2.08.05","lokasi":["64.02.13"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Perlindungan Khusus Anak","sumberDana":"apbd","sumberDayaDibutuhkan":"rumah aman, rujukan bersama","sumberDayaDimiliki":"UPTD PPA, konselor","urusan":["2.08"]}	permasalahan	Layanan perlindungan anak di kawasan pekerja proyek	2.08	64.02.13	\N	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.662389+00	2026-12-07 23:22:47.674197+00
4a1c4f8e-ab48-4eb8-abd9-bff7b87ab734	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	8f86586b-c454-4651-ae7b-e0e9d2e6f0d4	terverifikasi	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Penyelesaian tumpang tindih lahan di wilayah delineasi. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Penyelesaian tumpang tindih lahan di wilayah delineasi","lokasi":["64.02.20","64.02.02"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"peta batas resmi, koordinasi dengan Otorita IKN","sumberDayaDimiliki":"data bidang tanah, tim penyelesaian sengketa","urusan":["2.10"]}	isu	Penyelesaian tumpang tindih lahan di wilayah delineasi	2.10	64.02.20,64.02.02	\N	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.682378+00	2026-12-07 23:22:47.702269+00
76d30b38-092e-4ca2-95e9-5e3bca0b73a0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	fdd8268f-7a29-4101-8787-69a66c38f5cb	diajukan	{"bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Kemitraan plasma kelapa sawit berkelanjutan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kemitraan plasma kelapa sawit berkelanjutan","kodeProgram":"3.27.05","lokasi":["64.02.11","64.02.10"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyuluhan Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"sertifikasi berkelanjutan, bibit unggul","sumberDayaDimiliki":"kebun rakyat, koperasi petani","urusan":["3.27"]}	potensi	Kemitraan plasma kelapa sawit berkelanjutan	3.27	64.02.11,64.02.10	\N	f	t	2	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.706821+00	2026-12-07 23:22:47.71623+00
32847703-49bd-4c48-9d23-77b56e878390	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	d25e6594-1a7a-46d0-901e-b108a43c23a0	diajukan	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Sentra hortikultura dataran rendah untuk pasar Samarinda. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra hortikultura dataran rendah untuk pasar Samarinda","kodeProgram":"3.27.04","lokasi":["64.02.16"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengendalian dan Penanggulangan Bencana Pertanian","sumberDana":"apbd","sumberDayaDibutuhkan":"pasar induk, logistik","sumberDayaDimiliki":"lahan hortikultura, kelompok tani","urusan":["3.27"]}	potensi	Sentra hortikultura dataran rendah untuk pasar Samarinda	3.27	64.02.16	\N	f	t	2	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.722103+00	2026-12-07 23:22:47.731475+00
600670f4-8d45-4fb2-a593-9fd955d2d6bf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	4dd77359-9ed9-49de-8bdd-6785416d4151	diajukan	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Pos pemadam kebakaran bersama di Loa Janan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Pos pemadam kebakaran bersama di Loa Janan","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pos bersama, hidran","sumberDayaDimiliki":"armada pemadam","urusan":["1.05"]}	permasalahan	Pos pemadam kebakaran bersama di Loa Janan	1.05	64.02.03	\N	f	t	2	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.737696+00	2026-12-07 23:22:47.747397+00
4442c4d1-e213-4db0-85a7-87916f134fc0	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	1388f5d9-c2ef-446d-9135-9c4e3071cf28	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89","085A05E7-7665-49FF-9B32-F7176B768170"],"deskripsi":"Loa Janan sebagai simpul logistik menuju IKN. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN dan Kota Samarinda","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Loa Janan sebagai simpul logistik menuju IKN","kodeProgram":"2.15.02","lokasi":["64.02.03"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan","perkiraanBiaya":250000000000,"sumberDana":"apbdDanMitra","sumberDayaDibutuhkan":"terminal barang, penataan lalu lintas","sumberDayaDimiliki":"lahan pergudangan, akses jalan tol","urusan":["2.15"]}	potensi	Loa Janan sebagai simpul logistik menuju IKN	2.15	64.02.03	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.757614+00	2026-12-07 23:22:47.774675+00
668962d7-f3b8-4d58-9a43-6a391ff665bf	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	aba01259-9fa9-4a36-90a1-f7be58017ddf	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["41BD57A1-4803-4731-98A3-7C899D2C514D","F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Wisata sejarah perjuangan Merah Putih Sanga-Sanga","lokasi":["64.02.15"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, paket wisata bersama","sumberDayaDimiliki":"situs sejarah, museum perjuangan","urusan":["3.26","2.22"]}	potensi	Wisata sejarah perjuangan Merah Putih Sanga-Sanga	3.26,2.22	64.02.15	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.829836+00	2026-12-07 23:22:47.849006+00
1daabfe0-47e9-4918-a83c-6e9d5499356d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	e743ba44-e5cf-4eb0-8e8b-711fd1e522db	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Abrasi pantai dan banjir rob. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kota Balikpapan","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Abrasi pantai dan banjir rob","lokasi":["64.02.14"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pemecah gelombang, penanaman mangrove","sumberDayaDimiliki":"data abrasi, kelompok masyarakat pesisir","urusan":["1.03","2.11"]}	permasalahan	Abrasi pantai dan banjir rob	1.03,2.11	64.02.14	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.869461+00	2026-12-07 23:22:47.885807+00
5d102f33-d459-4545-b15d-3197fbd6bf6e	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	12402094-30dd-466b-a5b4-d1d1aaf1aa00	dinilai	{"bentuk":"kerjaSamaDaerahLain","calonMitra":["835AD25A-4DB8-49DE-B80E-6EE1CBC23AE7"],"deskripsi":"Kota pusaka Tenggarong. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Kota pusaka Tenggarong","kodeProgram":"2.22.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pengembangan Kebudayaan","sumberDana":"apbd","sumberDayaDibutuhkan":"revitalisasi kawasan, promosi","sumberDayaDimiliki":"kawasan cagar budaya, Pulau Kumala","urusan":["2.22","3.26"]}	potensi	Kota pusaka Tenggarong	2.22,3.26	64.02.06	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.902162+00	2026-12-07 23:22:47.941901+00
aecf2144-506e-442e-9698-9bc38e286f7b	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ae5bc029-1ba9-4293-9b13-f136653660a2	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDaerahLain","calonMitra":["F141289F-B0EF-4C80-8F86-74D9F37C8E89"],"deskripsi":"Pelayanan administrasi warga terdampak perubahan batas. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Otorita IKN","indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pelayanan administrasi warga terdampak perubahan batas","lokasi":["64.02.20"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"kepastian batas wilayah, layanan bersama","sumberDayaDimiliki":"kantor kecamatan, petugas pelayanan","urusan":["2.12"]}	isu	Pelayanan administrasi warga terdampak perubahan batas	2.12	64.02.20	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:47.960996+00	2026-12-07 23:22:47.981129+00
38b1d5bb-0903-4756-9aba-122a2e8f5f52	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	1b586260-a827-4629-a5f4-534e5ec3ae69	dinilai	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558","41BD57A1-4803-4731-98A3-7C899D2C514D"],"deskripsi":"Pelabuhan perikanan Muara Badak. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Pelabuhan perikanan Muara Badak","lokasi":["64.02.05"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"cold storage, pasar ekspor","sumberDayaDimiliki":"tempat pelelangan ikan, nelayan","urusan":["3.25"]}	potensi	Pelabuhan perikanan Muara Badak	3.25	64.02.05	\N	f	t	4	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.000509+00	2026-12-07 23:22:48.018895+00
3123b5e2-132b-4705-906f-1d370bf6c023	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	bdb5a006-ea13-4b01-bfd5-f89060346be1	dikembalikan	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaPihakKetiga","calonMitra":["AB723485-CB4A-4C50-B8E6-13FA6CF7F558"],"deskripsi":"Sentra kerajinan rotan Jahab. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Sentra kerajinan rotan Jahab","lokasi":["64.02.06.1001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"desain produk, pasar","sumberDayaDimiliki":"perajin rotan, bahan baku rotan","urusan":["3.31"]}	potensi	Sentra kerajinan rotan Jahab	3.31	64.02.06.1001	Lengkapi kode program Renstra dan perkiraan biaya.	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.033444+00	2026-12-07 23:22:48.047015+00
85115f6e-b700-461a-a757-887d9709a844	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	ff8fa59d-cec3-4cfb-b611-38d5f4459324	diajukan	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Agrowisata buah Bakungan. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Agrowisata buah Bakungan","lokasi":["64.02.03.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"promosi, akses jalan","sumberDayaDimiliki":"kebun buah, kelompok tani","urusan":["3.26","3.27"]}	potensi	Agrowisata buah Bakungan	3.26,3.27	64.02.03.2001	\N	f	t	2	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.053497+00	2026-12-07 23:22:48.068395+00
d3e897ca-6808-4d98-b661-a4ebbe511a53	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cc2777e6-9caf-49d1-911e-8cf9ffe4afb0	draf	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Air bersih dusun terpencil Jonggon. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"permasalahan","judul":"Air bersih dusun terpencil Jonggon","lokasi":["64.02.02.2001"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pipanisasi, pendanaan","sumberDayaDimiliki":"sumber mata air","urusan":["1.04"]}	permasalahan	Air bersih dusun terpencil Jonggon	1.04	64.02.02.2001	\N	f	t	1	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.070117+00	2026-12-07 23:22:48.076831+00
8b88d4e4-cd57-4009-bbac-286b976b2a1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	cbbedc59-aaec-4c6a-a981-7c74e9dd64ae	draf	{"alasanPengecualian":"Mendukung pembangunan Ibu Kota Nusantara sebagai program strategis nasional.","bentuk":"kerjaSamaDesa","calonMitra":[],"deskripsi":"Budidaya ikan keramba Rapak Lambur. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"potensi","judul":"Budidaya ikan keramba Rapak Lambur","lokasi":["64.02.06.2012"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"pakan, pasar","sumberDayaDimiliki":"keramba, kelompok pembudidaya","urusan":["3.25"]}	potensi	Budidaya ikan keramba Rapak Lambur	3.25	64.02.06.2012	\N	f	t	1	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.078991+00	2026-12-07 23:22:48.08611+00
ea50c98a-eae0-403b-9f39-bcbdcad9fa1f	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	31408c1e-e769-49fa-ad6b-2243e9a0f75a	fda47af9-905c-4108-9111-4566daca0e3e	ditolak	{"bentuk":"swakelola","calonMitra":[],"deskripsi":"Pengadaan obat dan bahan medis habis pakai. Usulan contoh untuk demonstrasi pemetaan potensi kerja sama daerah Kabupaten Kutai Kartanegara; bukan data resmi.","eksternalitas":false,"indikator":"Jumlah warga terlayani dan waktu layanan","jenis":"isu","judul":"Pengadaan obat dan bahan medis habis pakai","kodeProgram":"1.02.02","lokasi":["64.02.06"],"manfaat":"Pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara.","namaProgram":"Program Pemenuhan Upaya Kesehatan Perorangan","sumberDana":"apbd","sumberDayaDibutuhkan":"penyedia obat","sumberDayaDimiliki":"anggaran obat","urusan":["1.02"]}	isu	Pengadaan obat dan bahan medis habis pakai	1.02	64.02.06	Bukan kerja sama daerah: pengadaan/swakelola internal diatur tersendiri (Perpres 16/2018 jo. 12/2021).	f	t	3	949c0742-5217-413c-81c4-faa0842f8d5d	2026-12-07 23:22:48.087965+00	2026-12-07 23:22:48.098483+00
5064f56a-9391-45c9-976c-2774206cd874	55f89f44-0db5-4ec1-8378-496eba2973b7	28bdfa12-d616-4da7-8fab-fb59a0e40f28	a9941370-aae9-4953-99c8-fa5105c87728	diajukan	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Angkutan sungai terjadwal Samarinda–Tenggarong. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Angkutan sungai terjadwal Samarinda–Tenggarong","lokasi":["64.72.06"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"armada angkutan sungai, terminal Tenggarong, jadwal terpadu","sumberDayaDimiliki":"dermaga Sungai Kunjang, data penumpang sungai","urusan":["2.15"]}	potensi	Angkutan sungai terjadwal Samarinda–Tenggarong	2.15	64.72.06	\N	t	t	2	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	2026-12-07 23:22:48.11481+00	2026-12-07 23:22:48.125074+00
4373679f-b7b9-4acc-bbee-3cb0cac2ac45	55f89f44-0db5-4ec1-8378-496eba2973b7	28bdfa12-d616-4da7-8fab-fb59a0e40f28	c53856ee-1216-4b4d-b243-2a446498ca11	diajukan	{"alasanPengecualian":"Mendukung konektivitas kawasan penyangga Ibu Kota Nusantara.","bentuk":"kerjaSamaDaerahLain","calonMitra":[],"deskripsi":"Paket wisata Samarinda–Tenggarong pada Festival Erau. Usulan contoh Kota Samarinda untuk demonstrasi padanan lintas pemda; bukan data resmi.","eksternalitas":true,"eksternalitasDengan":"Kabupaten Kutai Kartanegara","indikator":"Jumlah penumpang dan wisatawan lintas daerah","jenis":"potensi","judul":"Paket wisata Samarinda–Tenggarong pada Festival Erau","lokasi":["64.72.04"],"manfaat":"Pelayanan publik lintas daerah yang lebih baik bagi warga Samarinda dan Kutai Kartanegara.","pengecualian":"programStrategisNasional","sumberDana":"apbd","sumberDayaDibutuhkan":"Festival Erau, paket wisata bersama, promosi","sumberDayaDimiliki":"hotel dan biro perjalanan, Bandara APT Pranoto","urusan":["3.26"]}	potensi	Paket wisata Samarinda–Tenggarong pada Festival Erau	3.26	64.72.04	\N	t	t	2	04da4d70-1108-4181-9ee1-8eb5dd5d2f5f	2026-12-07 23:22:48.126776+00	2026-12-07 23:22:48.137709+00
\.


--
-- Data for Name: versi_naskah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.versi_naskah (id, pemda_id, naskah_id, nomor, isi, sumber, catatan, pengguna_id, pengguna, waktu) FROM stdin;
39493afc-82eb-4c27-8b3f-33a86364010a	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9a1d35ab-4938-48c2-b560-49cec6fe6125	1	{"jenis":"kesepakatanBersama","jenisKerjaSama":"ksddSukarela","judul":"KESEPAKATAN BERSAMA","lampiran":[],"mengingat":[],"paraf":["Kepala Bagian Kerja Sama","Kepala Bagian Hukum"],"pasal":[{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN."},{"teks":"Kesepakatan Bersama ini bertujuan untuk pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara."}],"jenis":"ayat"}],"judul":"MAKSUD DAN TUJUAN","klausul":{"kode":"maksud-tujuan","nilai":{"maksud":"melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN","tujuan":"pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara"},"varian":"umum","versi":1},"kunci":"maksud-tujuan"},{"isi":[{"jenis":"paragraf","teks":"Ruang lingkup Kesepakatan Bersama ini meliputi:"},{"butir":[{"teks":"rute terpadu;"},{"teks":"integrasi tiket;"},{"teks":"pendanaan sarana;"},{"teks":"pertukaran data dan informasi; dan"},{"teks":"hal lain yang disepakati oleh PARA PIHAK."}],"jenis":"huruf"}],"judul":"RUANG LINGKUP","kunci":"ruang-lingkup"},{"isi":[{"butir":[{"teks":"Pelaksanaan Kesepakatan Bersama ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang disusun oleh perangkat daerah teknis PARA PIHAK."},{"teks":"Perangkat daerah pelaksana: Dinas Perhubungan Kabupaten Kutai Kartanegara dan Dinas Perhubungan Kabupaten Penajam Paser Utara."},{"teks":"Lokasi pelaksanaan meliputi Kecamatan Tenggarong dan Kecamatan Loa Janan."}],"jenis":"ayat"}],"judul":"PELAKSANAAN","kunci":"pelaksanaan"},{"isi":[{"jenis":"paragraf","teks":"Biaya yang timbul dari pelaksanaan Kesepakatan Bersama ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan."}],"judul":"PEMBIAYAAN","klausul":{"kode":"pembiayaan","nilai":{},"varian":"apbd-masing-masing","versi":1},"kunci":"pembiayaan"},{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."},{"teks":"Kesepakatan Bersama ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat 3 (tiga) bulan sebelum berakhir."}],"jenis":"ayat"}],"judul":"JANGKA WAKTU","klausul":{"kode":"jangka-waktu","nilai":{"bulanPemberitahuan":"3","tahun":"5"},"varian":"umum","versi":1},"kunci":"jangka-waktu"},{"isi":[{"jenis":"paragraf","teks":"PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan Kesepakatan Bersama ini paling sedikit 2 (dua) kali dalam 1 (satu) tahun."}],"judul":"PEMANTAUAN DAN EVALUASI","klausul":{"kode":"pemantauan-evaluasi","nilai":{"kali":"2"},"varian":"umum","versi":1},"kunci":"pemantauan-evaluasi"},{"isi":[{"butir":[{"teks":"Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."},{"teks":"Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat 14 (empat belas) hari sejak terjadinya keadaan kahar."},{"teks":"Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran Kesepakatan Bersama ini."}],"jenis":"ayat"}],"judul":"KEADAAN KAHAR","klausul":{"kode":"keadaan-kahar","nilai":{"hariPemberitahuan":"14"},"varian":"umum","versi":1},"kunci":"keadaan-kahar"},{"isi":[{"butir":[{"teks":"Perselisihan yang timbul dalam pelaksanaan Kesepakatan Bersama ini diselesaikan secara musyawarah untuk mufakat."},{"teks":"Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah."}],"jenis":"ayat"}],"judul":"PENYELESAIAN PERSELISIHAN","klausul":{"kode":"penyelesaian-perselisihan","nilai":{},"varian":"ksdd","versi":1},"kunci":"penyelesaian-perselisihan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini berakhir apabila:"},{"butir":[{"teks":"jangka waktu berakhir;"},{"teks":"tujuan telah tercapai;"},{"teks":"PARA PIHAK sepakat mengakhiri;"},{"teks":"terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan Kesepakatan Bersama tidak dapat dilaksanakan; atau"},{"teks":"objek kerja sama hilang atau musnah."}],"jenis":"huruf"},{"jenis":"paragraf","teks":"Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri Kesepakatan Bersama ini."}],"judul":"PENGAKHIRAN","klausul":{"kode":"pengakhiran","nilai":{},"varian":"ksdd","versi":1},"kunci":"pengakhiran"},{"isi":[{"jenis":"paragraf","teks":"Hal-hal yang belum diatur atau perubahan atas Kesepakatan Bersama ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari Kesepakatan Bersama ini."}],"judul":"LAIN-LAIN","klausul":{"kode":"perubahan","nilai":{},"varian":"umum","versi":1},"kunci":"perubahan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK."}],"judul":"PENUTUP","klausul":{"kode":"penutup","nilai":{"rangkap":"2"},"varian":"umum","versi":1},"kunci":"penutup"}],"pengantarPasal":"Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:","pengantarPertimbangan":"PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:","pertimbangan":["bahwa PIHAK KESATU dan PIHAK KEDUA merupakan daerah yang berbatasan dan memiliki kepentingan bersama dalam integrasi angkutan sungai dan darat Tenggarong–IKN;","bahwa penyelenggaraan urusan pemerintahan bidang perhubungan akan lebih efektif dan efisien apabila dilaksanakan melalui kerja sama daerah;","bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, kerja sama daerah dengan daerah lain diawali dengan kesepakatan bersama;"],"pihak":[{"alamat":"Tenggarong","instansi":"Pemerintah Kabupaten Kutai Kartanegara","jabatan":"Bupati Kutai Kartanegara","nama":"(Nama Bupati Kutai Kartanegara)","nomorDokumen":"100.3.7\\/12\\/KS\\/V\\/2024","pemerintah":true},{"alamat":"Penajam","instansi":"Pemerintah Kabupaten Penajam Paser Utara","jabatan":"Bupati Penajam Paser Utara","nama":"(Nama Bupati Penajam Paser Utara)","nomorDokumen":"180\\/45\\/Pem\\/2024","pemerintah":true}],"tanggal":"2024-05-03","tembusan":[],"tempat":"Samarinda","tentang":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","urutanTandaTangan":[1,0],"versiSkema":1}	buat	Dibuat dari templat Kesepakatan Bersama	949c0742-5217-413c-81c4-faa0842f8d5d	Admin Bagian Kerja Sama Kukar	2026-12-07 23:22:48.940873+00
d30336f2-3f2b-454d-a58f-e07bd8402b67	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	9a1d35ab-4938-48c2-b560-49cec6fe6125	2	{"jenis":"kesepakatanBersama","jenisKerjaSama":"ksddSukarela","judul":"KESEPAKATAN BERSAMA","lampiran":[],"mengingat":[],"paraf":["Kepala Bagian Kerja Sama","Kepala Bagian Hukum"],"pasal":[{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN."},{"teks":"Kesepakatan Bersama ini bertujuan untuk pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara."}],"jenis":"ayat"}],"judul":"MAKSUD DAN TUJUAN","klausul":{"kode":"maksud-tujuan","nilai":{"maksud":"melaksanakan kerja sama integrasi angkutan sungai dan darat Tenggarong–IKN","tujuan":"pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara"},"varian":"umum","versi":1},"kunci":"maksud-tujuan"},{"isi":[{"jenis":"paragraf","teks":"Ruang lingkup Kesepakatan Bersama ini meliputi:"},{"butir":[{"teks":"rute terpadu;"},{"teks":"integrasi tiket;"},{"teks":"pendanaan sarana;"},{"teks":"pertukaran data dan informasi; dan"},{"teks":"hal lain yang disepakati oleh PARA PIHAK."}],"jenis":"huruf"}],"judul":"RUANG LINGKUP","kunci":"ruang-lingkup"},{"isi":[{"butir":[{"teks":"Pelaksanaan Kesepakatan Bersama ini dituangkan lebih lanjut dalam Perjanjian Kerja Sama yang disusun oleh perangkat daerah teknis PARA PIHAK."},{"teks":"Perangkat daerah pelaksana: Dinas Perhubungan Kabupaten Kutai Kartanegara dan Dinas Perhubungan Kabupaten Penajam Paser Utara."},{"teks":"Lokasi pelaksanaan meliputi Kecamatan Tenggarong dan Kecamatan Loa Janan."},{"teks":"PARA PIHAK membentuk tim teknis bersama yang beranggotakan perangkat daerah pelaksana dan melaksanakan rapat koordinasi paling sedikit 1 (satu) kali dalam 3 (tiga) bulan."}],"jenis":"ayat"}],"judul":"PELAKSANAAN","kunci":"pelaksanaan"},{"isi":[{"jenis":"paragraf","teks":"Biaya yang timbul dari pelaksanaan Kesepakatan Bersama ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan."}],"judul":"PEMBIAYAAN","klausul":{"kode":"pembiayaan","nilai":{},"varian":"apbd-masing-masing","versi":1},"kunci":"pembiayaan"},{"isi":[{"butir":[{"teks":"Kesepakatan Bersama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."},{"teks":"Kesepakatan Bersama ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat 3 (tiga) bulan sebelum berakhir."}],"jenis":"ayat"}],"judul":"JANGKA WAKTU","klausul":{"kode":"jangka-waktu","nilai":{"bulanPemberitahuan":"3","tahun":"5"},"varian":"umum","versi":1},"kunci":"jangka-waktu"},{"isi":[{"jenis":"paragraf","teks":"PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan Kesepakatan Bersama ini paling sedikit 2 (dua) kali dalam 1 (satu) tahun."}],"judul":"PEMANTAUAN DAN EVALUASI","klausul":{"kode":"pemantauan-evaluasi","nilai":{"kali":"2"},"varian":"umum","versi":1},"kunci":"pemantauan-evaluasi"},{"isi":[{"butir":[{"teks":"Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."},{"teks":"Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat 14 (empat belas) hari sejak terjadinya keadaan kahar."},{"teks":"Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran Kesepakatan Bersama ini."}],"jenis":"ayat"}],"judul":"KEADAAN KAHAR","klausul":{"kode":"keadaan-kahar","nilai":{"hariPemberitahuan":"14"},"varian":"umum","versi":1},"kunci":"keadaan-kahar"},{"isi":[{"butir":[{"teks":"Perselisihan yang timbul dalam pelaksanaan Kesepakatan Bersama ini diselesaikan secara musyawarah untuk mufakat."},{"teks":"Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah."}],"jenis":"ayat"}],"judul":"PENYELESAIAN PERSELISIHAN","klausul":{"kode":"penyelesaian-perselisihan","nilai":{},"varian":"ksdd","versi":1},"kunci":"penyelesaian-perselisihan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini berakhir apabila:"},{"butir":[{"teks":"jangka waktu berakhir;"},{"teks":"tujuan telah tercapai;"},{"teks":"PARA PIHAK sepakat mengakhiri;"},{"teks":"terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan Kesepakatan Bersama tidak dapat dilaksanakan; atau"},{"teks":"objek kerja sama hilang atau musnah."}],"jenis":"huruf"},{"jenis":"paragraf","teks":"Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri Kesepakatan Bersama ini."}],"judul":"PENGAKHIRAN","klausul":{"kode":"pengakhiran","nilai":{},"varian":"ksdd","versi":1},"kunci":"pengakhiran"},{"isi":[{"jenis":"paragraf","teks":"Hal-hal yang belum diatur atau perubahan atas Kesepakatan Bersama ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari Kesepakatan Bersama ini."}],"judul":"LAIN-LAIN","klausul":{"kode":"perubahan","nilai":{},"varian":"umum","versi":1},"kunci":"perubahan"},{"isi":[{"jenis":"paragraf","teks":"Kesepakatan Bersama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK."}],"judul":"PENUTUP","klausul":{"kode":"penutup","nilai":{"rangkap":"2"},"varian":"umum","versi":1},"kunci":"penutup"}],"pengantarPasal":"Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat untuk mengadakan Kesepakatan Bersama dengan ketentuan sebagai berikut:","pengantarPertimbangan":"PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:","pertimbangan":["bahwa PIHAK KESATU dan PIHAK KEDUA merupakan daerah yang berbatasan dan memiliki kepentingan bersama dalam integrasi angkutan sungai dan darat Tenggarong–IKN;","bahwa penyelenggaraan urusan pemerintahan bidang perhubungan akan lebih efektif dan efisien apabila dilaksanakan melalui kerja sama daerah;","bahwa berdasarkan Peraturan Pemerintah Nomor 28 Tahun 2018 tentang Kerja Sama Daerah, kerja sama daerah dengan daerah lain diawali dengan kesepakatan bersama;"],"pihak":[{"alamat":"Tenggarong","instansi":"Pemerintah Kabupaten Kutai Kartanegara","jabatan":"Bupati Kutai Kartanegara","nama":"(Nama Bupati Kutai Kartanegara)","nomorDokumen":"100.3.7\\/12\\/KS\\/V\\/2024","pemerintah":true},{"alamat":"Penajam","instansi":"Pemerintah Kabupaten Penajam Paser Utara","jabatan":"Bupati Penajam Paser Utara","nama":"(Nama Bupati Penajam Paser Utara)","nomorDokumen":"180\\/45\\/Pem\\/2024","pemerintah":true}],"tanggal":"2024-05-03","tembusan":[],"tempat":"Samarinda","tentang":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","urutanTandaTangan":[1,0],"versiSkema":1}	simpan	Menambahkan tim teknis bersama pada Pasal 3 atas usulan PPU	949c0742-5217-413c-81c4-faa0842f8d5d	Admin Bagian Kerja Sama Kukar	2026-12-07 23:22:49.010109+00
7b80bb51-3c56-4a5c-a1cf-695bbd044f5d	6d88a14c-78b4-4ebc-a404-e00422f0c3ed	b93925db-11f6-4e93-84c7-debd133b9948	1	{"jenis":"perjanjianKerjaSama","jenisKerjaSama":"ksddSukarela","judul":"PERJANJIAN KERJA SAMA","lampiran":[{"isi":[{"jenis":"paragraf","teks":"Rencana kerja pelaksanaan Perjanjian Kerja Sama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara:"},{"jenis":"tabel","tabel":{"baris":[["1","rute terpadu","……","……","……"],["2","integrasi tiket","……","……","……"],["3","pendanaan sarana","……","……","……"]],"kolom":["No","Kegiatan","Keluaran","Waktu","Penanggung Jawab"]}}],"judul":"RENCANA KERJA"}],"mengingat":[],"paraf":["Kepala Bagian Kerja Sama","Kepala Bagian Hukum"],"pasal":[{"isi":[{"butir":[{"teks":"Perjanjian Kerja Sama ini dimaksudkan sebagai pedoman bagi PARA PIHAK dalam melaksanakan Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara."},{"teks":"Perjanjian Kerja Sama ini bertujuan untuk pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara."}],"jenis":"ayat"}],"judul":"MAKSUD DAN TUJUAN","klausul":{"kode":"maksud-tujuan","nilai":{"maksud":"melaksanakan Kesepakatan Bersama tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","tujuan":"pelayanan publik yang lebih cepat dan efisien bagi warga Kabupaten Kutai Kartanegara"},"varian":"umum","versi":1},"kunci":"maksud-tujuan"},{"isi":[{"jenis":"paragraf","teks":"Objek Perjanjian Kerja Sama ini adalah integrasi angkutan sungai dan darat Tenggarong–IKN, dengan ruang lingkup meliputi:"},{"butir":[{"teks":"rute terpadu;"},{"teks":"integrasi tiket;"},{"teks":"pendanaan sarana;"},{"teks":"pertukaran data dan informasi; dan"},{"teks":"hal lain yang disepakati oleh PARA PIHAK."}],"jenis":"huruf"}],"judul":"OBJEK DAN RUANG LINGKUP","kunci":"ruang-lingkup"},{"isi":[{"butir":[{"teks":"Pelaksanaan Perjanjian Kerja Sama ini dilakukan oleh Dinas Perhubungan Kabupaten Kutai Kartanegara dan Dinas Perhubungan Kabupaten Penajam Paser Utara."},{"teks":"Rincian kegiatan, keluaran, waktu dan penanggung jawab tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Perjanjian Kerja Sama ini."}],"jenis":"ayat"}],"judul":"PELAKSANAAN","kunci":"pelaksanaan"},{"isi":[{"butir":[{"rincian":["memperoleh data dan informasi yang diperlukan dari PIHAK KEDUA dalam pelaksanaan Perjanjian Kerja Sama ini; dan","memperoleh manfaat dari pelaksanaan Perjanjian Kerja Sama ini sesuai dengan kesepakatan."],"teks":"PIHAK KESATU berhak:"},{"rincian":["menyediakan dermaga sungai, armada angkutan sungai, terminal Tenggarong;","menugaskan perangkat daerah pelaksana; dan","menyampaikan laporan pelaksanaan kepada PIHAK KEDUA paling sedikit 2 (dua) kali dalam 1 (satu) tahun."],"teks":"PIHAK KESATU berkewajiban:"},{"rincian":["memperoleh data dan informasi yang diperlukan dari PIHAK KESATU dalam pelaksanaan Perjanjian Kerja Sama ini; dan","memperoleh manfaat dari pelaksanaan Perjanjian Kerja Sama ini sesuai dengan kesepakatan."],"teks":"PIHAK KEDUA berhak:"},{"rincian":["menyediakan ……;","menugaskan perangkat daerah atau unit pelaksana; dan","menyampaikan laporan pelaksanaan kepada PIHAK KESATU paling sedikit 2 (dua) kali dalam 1 (satu) tahun."],"teks":"PIHAK KEDUA berkewajiban:"}],"jenis":"ayat"}],"judul":"HAK DAN KEWAJIBAN","klausul":{"kode":"hak-kewajiban","nilai":{"laporanPerTahun":"2","sumberDayaKedua":"……","sumberDayaKesatu":"dermaga sungai, armada angkutan sungai, terminal Tenggarong"},"varian":"umum","versi":1},"kunci":"hak-kewajiban"},{"isi":[{"jenis":"paragraf","teks":"Biaya yang timbul dari pelaksanaan Perjanjian Kerja Sama ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah masing-masing PARA PIHAK dan sumber lain yang sah dan tidak mengikat sesuai dengan ketentuan peraturan perundang-undangan."}],"judul":"PEMBIAYAAN","klausul":{"kode":"pembiayaan","nilai":{},"varian":"apbd-masing-masing","versi":1},"kunci":"pembiayaan"},{"isi":[{"butir":[{"teks":"Perjanjian Kerja Sama ini berlaku untuk jangka waktu 5 (lima) tahun terhitung sejak tanggal ditandatangani."},{"teks":"Perjanjian Kerja Sama ini dapat diperpanjang atas persetujuan PARA PIHAK, dengan pemberitahuan tertulis paling lambat 3 (tiga) bulan sebelum berakhir."}],"jenis":"ayat"}],"judul":"JANGKA WAKTU","klausul":{"kode":"jangka-waktu","nilai":{"bulanPemberitahuan":"3","tahun":"5"},"varian":"umum","versi":1},"kunci":"jangka-waktu"},{"isi":[{"jenis":"paragraf","teks":"PARA PIHAK melakukan pemantauan dan evaluasi atas pelaksanaan Perjanjian Kerja Sama ini paling sedikit 2 (dua) kali dalam 1 (satu) tahun."}],"judul":"PEMANTAUAN DAN EVALUASI","klausul":{"kode":"pemantauan-evaluasi","nilai":{"kali":"2"},"varian":"umum","versi":1},"kunci":"pemantauan-evaluasi"},{"isi":[{"butir":[{"teks":"Keadaan kahar adalah keadaan di luar kemampuan PARA PIHAK, antara lain bencana alam, kebakaran, wabah penyakit, huru-hara, dan kebijakan pemerintah di bidang moneter."},{"teks":"Pihak yang mengalami keadaan kahar memberitahukan secara tertulis kepada pihak lainnya paling lambat 14 (empat belas) hari sejak terjadinya keadaan kahar."},{"teks":"Keterlambatan atau tidak terlaksananya kewajiban karena keadaan kahar tidak dianggap sebagai pelanggaran Perjanjian Kerja Sama ini."}],"jenis":"ayat"}],"judul":"KEADAAN KAHAR","klausul":{"kode":"keadaan-kahar","nilai":{"hariPemberitahuan":"14"},"varian":"umum","versi":1},"kunci":"keadaan-kahar"},{"isi":[{"butir":[{"teks":"Perselisihan yang timbul dalam pelaksanaan Perjanjian Kerja Sama ini diselesaikan secara musyawarah untuk mufakat."},{"teks":"Dalam hal musyawarah tidak mencapai mufakat, penyelesaian perselisihan dilakukan sesuai dengan ketentuan peraturan perundang-undangan mengenai penyelesaian perselisihan antardaerah."}],"jenis":"ayat"}],"judul":"PENYELESAIAN PERSELISIHAN","klausul":{"kode":"penyelesaian-perselisihan","nilai":{},"varian":"ksdd","versi":1},"kunci":"penyelesaian-perselisihan"},{"isi":[{"butir":[{"teks":"Dalam hal salah satu pihak tidak memenuhi kewajiban sebagaimana diatur dalam Perjanjian Kerja Sama ini, pihak lainnya memberikan teguran tertulis paling banyak 2 (dua) kali dengan tenggang waktu masing-masing 14 (empat belas) hari."},{"teks":"Dalam hal teguran sebagaimana dimaksud pada ayat (1) tidak dipenuhi, pihak yang dirugikan dapat menghentikan sementara pelaksanaan kewajibannya atau mengakhiri Perjanjian Kerja Sama ini."},{"teks":"Kerugian yang timbul akibat tidak dipenuhinya kewajiban menjadi tanggung jawab pihak yang lalai sesuai dengan ketentuan peraturan perundang-undangan."}],"jenis":"ayat"}],"judul":"SANKSI","klausul":{"kode":"sanksi","nilai":{"hariTeguran":"14","teguran":"2"},"varian":"umum","versi":1},"kunci":"sanksi"},{"isi":[{"jenis":"paragraf","teks":"Perjanjian Kerja Sama ini berakhir apabila:"},{"butir":[{"teks":"jangka waktu berakhir;"},{"teks":"tujuan telah tercapai;"},{"teks":"PARA PIHAK sepakat mengakhiri;"},{"teks":"terdapat perubahan kebijakan atau peraturan perundang-undangan yang mengakibatkan Perjanjian Kerja Sama tidak dapat dilaksanakan; atau"},{"teks":"objek kerja sama hilang atau musnah."}],"jenis":"huruf"},{"jenis":"paragraf","teks":"Pergantian kepala daerah atau pejabat penanda tangan tidak mengakhiri Perjanjian Kerja Sama ini."}],"judul":"PENGAKHIRAN","klausul":{"kode":"pengakhiran","nilai":{},"varian":"ksdd","versi":1},"kunci":"pengakhiran"},{"isi":[{"jenis":"paragraf","teks":"Hal-hal yang belum diatur atau perubahan atas Perjanjian Kerja Sama ini diatur kemudian oleh PARA PIHAK dalam Adendum yang merupakan bagian tidak terpisahkan dari Perjanjian Kerja Sama ini."}],"judul":"PERUBAHAN","klausul":{"kode":"perubahan","nilai":{},"varian":"umum","versi":1},"kunci":"perubahan"},{"isi":[{"jenis":"paragraf","teks":"Perjanjian Kerja Sama ini dibuat dalam rangkap 2 (dua) asli, masing-masing mempunyai kekuatan hukum yang sama, dan mulai berlaku sejak tanggal ditandatangani oleh PARA PIHAK."}],"judul":"PENUTUP","klausul":{"kode":"penutup","nilai":{"rangkap":"2"},"varian":"umum","versi":1},"kunci":"penutup"}],"pengantarPasal":"Berdasarkan pertimbangan sebagaimana dimaksud di atas, PARA PIHAK sepakat untuk mengadakan Perjanjian Kerja Sama dengan ketentuan sebagai berikut:","pengantarPertimbangan":"PIHAK KESATU dan PIHAK KEDUA yang selanjutnya secara bersama-sama disebut PARA PIHAK, terlebih dahulu menerangkan hal-hal sebagai berikut:","pertimbangan":["bahwa PARA PIHAK telah menandatangani Kesepakatan Bersama Nomor 100.3.7\\/12\\/KS\\/V\\/2024 dan Nomor 180\\/45\\/Pem\\/2024 tanggal 3 Mei 2024 tentang Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara;","bahwa sebagai tindak lanjut Kesepakatan Bersama sebagaimana dimaksud dalam huruf a, perlu menyusun Perjanjian Kerja Sama yang mengatur hak dan kewajiban PARA PIHAK;"],"pihak":[{"alamat":"Tenggarong","instansi":"Pemerintah Kabupaten Kutai Kartanegara","jabatan":"Bupati Kutai Kartanegara","nama":"(Nama Bupati Kutai Kartanegara)","pemerintah":true},{"alamat":"Penajam","instansi":"Pemerintah Kabupaten Penajam Paser Utara","jabatan":"Bupati Penajam Paser Utara","nama":"(Nama Bupati Penajam Paser Utara)","pemerintah":true}],"rujukan":{"jenis":"kesepakatanBersama","judul":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","nomor":["100.3.7\\/12\\/KS\\/V\\/2024","180\\/45\\/Pem\\/2024"],"tanggal":"2024-05-03"},"tembusan":[],"tempat":"Samarinda","tentang":"Integrasi Layanan Angkutan Sungai dan Darat di Kawasan Penyangga Ibu Kota Nusantara","urutanTandaTangan":[1,0],"versiSkema":1}	buat	Dibuat dari templat Perjanjian Kerja Sama	949c0742-5217-413c-81c4-faa0842f8d5d	Admin Bagian Kerja Sama Kukar	2026-12-07 23:22:49.064522+00
\.


--
-- Data for Name: wilayah; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.wilayah (kode, nama, tingkat, induk, edisi, pensiun) FROM stdin;
64	Kalimantan Timur	1	\N	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.01	Kabupaten Paser	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02	Kabupaten Kutai Kartanegara	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.03	Kabupaten Berau	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.07	Kabupaten Kutai Barat	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.08	Kabupaten Kutai Timur	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.09	Kabupaten Penajam Paser Utara	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.11	Kabupaten Mahakam Ulu	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.71	Kota Balikpapan	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.72	Kota Samarinda	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.74	Kota Bontang	2	64	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.01	Muara Muntai	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.02	Loa Kulu	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.03	Loa Janan	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.04	Anggana	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.05	Muara Badak	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.06	Tenggarong	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.07	Sebulu	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.08	Kota Bangun	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.09	Kenohan	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.10	Kembang Janggut	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.11	Muara Kaman	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.12	Tabang	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.13	Samboja	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.14	Muara Jawa	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.15	Sanga Sanga	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.16	Tenggarong Seberang	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.17	Marang Kayu	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.18	Muara Wis	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.19	Kota Bangun Darat	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.20	Samboja Barat	3	64.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.72.04	Samarinda Ilir	3	64.72	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.72.06	Sungai Kunjang	3	64.72	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.13.2014	Karya Jaya	4	64.02.13	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.06.1001	Jahab	4	64.02.06	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.03.2001	Bakungan	4	64.02.03	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.02.2001	Jonggon Desa	4	64.02.02	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
64.02.06.2012	Rapak Lambur	4	64.02.06	Demo (subset Kepmendagri 300.2.2-2138/2025)	f
\.


--
-- Name: _fluent_migrations _fluent_migrations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT _fluent_migrations_pkey PRIMARY KEY (id);


--
-- Name: aturan_naskah aturan_naskah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aturan_naskah
    ADD CONSTRAINT aturan_naskah_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: batas_wilayah batas_wilayah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.batas_wilayah
    ADD CONSTRAINT batas_wilayah_pkey PRIMARY KEY (kode);


--
-- Name: evaluasi_monev evaluasi_monev_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluasi_monev
    ADD CONSTRAINT evaluasi_monev_pkey PRIMARY KEY (id);


--
-- Name: impor_wilayah impor_wilayah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.impor_wilayah
    ADD CONSTRAINT impor_wilayah_pkey PRIMARY KEY (id);


--
-- Name: isian_monev isian_monev_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.isian_monev
    ADD CONSTRAINT isian_monev_pkey PRIMARY KEY (id);


--
-- Name: kelas_simulasi kelas_simulasi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kelas_simulasi
    ADD CONSTRAINT kelas_simulasi_pkey PRIMARY KEY (id);


--
-- Name: kerja_sama kerja_sama_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kerja_sama
    ADD CONSTRAINT kerja_sama_pkey PRIMARY KEY (id);


--
-- Name: ketetanggaan ketetanggaan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ketetanggaan
    ADD CONSTRAINT ketetanggaan_pkey PRIMARY KEY (id);


--
-- Name: kewajiban kewajiban_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kewajiban
    ADD CONSTRAINT kewajiban_pkey PRIMARY KEY (id);


--
-- Name: klausul_naskah klausul_naskah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.klausul_naskah
    ADD CONSTRAINT klausul_naskah_pkey PRIMARY KEY (id);


--
-- Name: komentar_naskah komentar_naskah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.komentar_naskah
    ADD CONSTRAINT komentar_naskah_pkey PRIMARY KEY (id);


--
-- Name: lampiran lampiran_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lampiran
    ADD CONSTRAINT lampiran_pkey PRIMARY KEY (id);


--
-- Name: mitra mitra_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mitra
    ADD CONSTRAINT mitra_pkey PRIMARY KEY (id);


--
-- Name: naskah naskah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.naskah
    ADD CONSTRAINT naskah_pkey PRIMARY KEY (id);


--
-- Name: nilai_usulan nilai_usulan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT nilai_usulan_pkey PRIMARY KEY (id);


--
-- Name: notifikasi notifikasi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifikasi
    ADD CONSTRAINT notifikasi_pkey PRIMARY KEY (id);


--
-- Name: pemda pemda_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pemda
    ADD CONSTRAINT pemda_pkey PRIMARY KEY (id);


--
-- Name: penandatanganan penandatanganan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.penandatanganan
    ADD CONSTRAINT penandatanganan_pkey PRIMARY KEY (id);


--
-- Name: pengguna pengguna_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengguna
    ADD CONSTRAINT pengguna_pkey PRIMARY KEY (id);


--
-- Name: pengingat_terkirim pengingat_terkirim_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengingat_terkirim
    ADD CONSTRAINT pengingat_terkirim_pkey PRIMARY KEY (id);


--
-- Name: perbandingan_ahp perbandingan_ahp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perbandingan_ahp
    ADD CONSTRAINT perbandingan_ahp_pkey PRIMARY KEY (id);


--
-- Name: percobaan_masuk percobaan_masuk_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.percobaan_masuk
    ADD CONSTRAINT percobaan_masuk_pkey PRIMARY KEY (kunci);


--
-- Name: periode_monev periode_monev_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periode_monev
    ADD CONSTRAINT periode_monev_pkey PRIMARY KEY (id);


--
-- Name: periode_pemetaan periode_pemetaan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periode_pemetaan
    ADD CONSTRAINT periode_pemetaan_pkey PRIMARY KEY (id);


--
-- Name: peserta_simulasi peserta_simulasi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_simulasi
    ADD CONSTRAINT peserta_simulasi_pkey PRIMARY KEY (id);


--
-- Name: riwayat_kerja_sama riwayat_kerja_sama_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_kerja_sama
    ADD CONSTRAINT riwayat_kerja_sama_pkey PRIMARY KEY (id);


--
-- Name: riwayat_usulan riwayat_usulan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_usulan
    ADD CONSTRAINT riwayat_usulan_pkey PRIMARY KEY (id);


--
-- Name: rubrik_monev rubrik_monev_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rubrik_monev
    ADD CONSTRAINT rubrik_monev_pkey PRIMARY KEY (id);


--
-- Name: sesi sesi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sesi
    ADD CONSTRAINT sesi_pkey PRIMARY KEY (id);


--
-- Name: token_api token_api_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_api
    ADD CONSTRAINT token_api_pkey PRIMARY KEY (id);


--
-- Name: token_kalender token_kalender_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_kalender
    ADD CONSTRAINT token_kalender_pkey PRIMARY KEY (id);


--
-- Name: unit_kerja unit_kerja_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_kerja
    ADD CONSTRAINT unit_kerja_pkey PRIMARY KEY (id);


--
-- Name: _fluent_migrations uq:_fluent_migrations.name; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._fluent_migrations
    ADD CONSTRAINT "uq:_fluent_migrations.name" UNIQUE (name);


--
-- Name: aturan_naskah uq:aturan_naskah.pemda_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aturan_naskah
    ADD CONSTRAINT "uq:aturan_naskah.pemda_id" UNIQUE (pemda_id);


--
-- Name: kelas_simulasi uq:kelas_simulasi.kode; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kelas_simulasi
    ADD CONSTRAINT "uq:kelas_simulasi.kode" UNIQUE (kode);


--
-- Name: kerja_sama_kait uq:kerja_sama_kait.kerja_sama_id+kerja_sama_kait.jenis+kerja_sa; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kerja_sama_kait
    ADD CONSTRAINT "uq:kerja_sama_kait.kerja_sama_id+kerja_sama_kait.jenis+kerja_sa" UNIQUE (kerja_sama_id, jenis, nilai);


--
-- Name: ketetanggaan uq:ketetanggaan.kode_a+ketetanggaan.kode_b; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ketetanggaan
    ADD CONSTRAINT "uq:ketetanggaan.kode_a+ketetanggaan.kode_b" UNIQUE (kode_a, kode_b);


--
-- Name: klausul_naskah uq:klausul_naskah.pemda_id+klausul_naskah.kode+klausul_naskah.v; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.klausul_naskah
    ADD CONSTRAINT "uq:klausul_naskah.pemda_id+klausul_naskah.kode+klausul_naskah.v" UNIQUE (pemda_id, kode, varian, versi);


--
-- Name: mitra uq:mitra.pemda_id+mitra.nama; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mitra
    ADD CONSTRAINT "uq:mitra.pemda_id+mitra.nama" UNIQUE (pemda_id, nama);


--
-- Name: nilai_usulan uq:nilai_usulan.usulan_id+nilai_usulan.pengguna_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT "uq:nilai_usulan.usulan_id+nilai_usulan.pengguna_id" UNIQUE (usulan_id, pengguna_id);


--
-- Name: pemda uq:pemda.kode_wilayah; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pemda
    ADD CONSTRAINT "uq:pemda.kode_wilayah" UNIQUE (kode_wilayah);


--
-- Name: pengguna uq:pengguna.nama_pengguna; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengguna
    ADD CONSTRAINT "uq:pengguna.nama_pengguna" UNIQUE (nama_pengguna);


--
-- Name: pengingat_terkirim uq:pengingat_terkirim.kunci; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengingat_terkirim
    ADD CONSTRAINT "uq:pengingat_terkirim.kunci" UNIQUE (kunci);


--
-- Name: perbandingan_ahp uq:perbandingan_ahp.periode_id+perbandingan_ahp.pengguna_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perbandingan_ahp
    ADD CONSTRAINT "uq:perbandingan_ahp.periode_id+perbandingan_ahp.pengguna_id" UNIQUE (periode_id, pengguna_id);


--
-- Name: peserta_simulasi uq:peserta_simulasi.nama_pengguna; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_simulasi
    ADD CONSTRAINT "uq:peserta_simulasi.nama_pengguna" UNIQUE (nama_pengguna);


--
-- Name: sesi uq:sesi.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sesi
    ADD CONSTRAINT "uq:sesi.token_hash" UNIQUE (token_hash);


--
-- Name: token_api uq:token_api.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_api
    ADD CONSTRAINT "uq:token_api.token_hash" UNIQUE (token_hash);


--
-- Name: token_kalender uq:token_kalender.token_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_kalender
    ADD CONSTRAINT "uq:token_kalender.token_hash" UNIQUE (token_hash);


--
-- Name: unit_kerja uq:unit_kerja.pemda_id+unit_kerja.nama; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_kerja
    ADD CONSTRAINT "uq:unit_kerja.pemda_id+unit_kerja.nama" UNIQUE (pemda_id, nama);


--
-- Name: versi_naskah uq:versi_naskah.naskah_id+versi_naskah.nomor; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versi_naskah
    ADD CONSTRAINT "uq:versi_naskah.naskah_id+versi_naskah.nomor" UNIQUE (naskah_id, nomor);


--
-- Name: urusan urusan_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.urusan
    ADD CONSTRAINT urusan_pkey PRIMARY KEY (kode);


--
-- Name: usulan_potensi usulan_potensi_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usulan_potensi
    ADD CONSTRAINT usulan_potensi_pkey PRIMARY KEY (id);


--
-- Name: versi_naskah versi_naskah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versi_naskah
    ADD CONSTRAINT versi_naskah_pkey PRIMARY KEY (id);


--
-- Name: wilayah wilayah_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.wilayah
    ADD CONSTRAINT wilayah_pkey PRIMARY KEY (kode);


--
-- Name: idx_audit_entitas; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_entitas ON public.audit_log USING btree (entitas, entitas_id);


--
-- Name: idx_audit_pemda_waktu; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_audit_pemda_waktu ON public.audit_log USING btree (pemda_id, waktu);


--
-- Name: idx_evaluasi_pemda_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_evaluasi_pemda_unit ON public.evaluasi_monev USING btree (pemda_id, periode_id, unit_id);


--
-- Name: idx_evaluasi_periode_ks; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_evaluasi_periode_ks ON public.evaluasi_monev USING btree (periode_id, kerja_sama_id);


--
-- Name: idx_isian_evaluasi_pihak; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_isian_evaluasi_pihak ON public.isian_monev USING btree (evaluasi_id, peran, pihak_id);


--
-- Name: idx_kewajiban_ks; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_kewajiban_ks ON public.kewajiban USING btree (kerja_sama_id);


--
-- Name: idx_kewajiban_tempo; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_kewajiban_tempo ON public.kewajiban USING btree (pemda_id, status, jatuh_tempo);


--
-- Name: idx_komentar_naskah; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_komentar_naskah ON public.komentar_naskah USING btree (naskah_id, waktu);


--
-- Name: idx_ks_dasbor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_dasbor ON public.kerja_sama USING btree (pemda_id, tahap, jenis, mitra, lokasi);


--
-- Name: idx_ks_impor; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_ks_impor ON public.kerja_sama USING btree (pemda_id, kunci_impor);


--
-- Name: idx_ks_induk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_induk ON public.kerja_sama USING btree (induk_id);


--
-- Name: idx_ks_kait_cari; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_kait_cari ON public.kerja_sama_kait USING btree (pemda_id, jenis, nilai, kerja_sama_id);


--
-- Name: idx_ks_pemda_berakhir; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_pemda_berakhir ON public.kerja_sama USING btree (pemda_id, tanggal_berakhir);


--
-- Name: idx_ks_pemda_jenis; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_pemda_jenis ON public.kerja_sama USING btree (pemda_id, jenis);


--
-- Name: idx_ks_pemda_tahap; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ks_pemda_tahap ON public.kerja_sama USING btree (pemda_id, tahap);


--
-- Name: idx_lampiran_entitas; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_lampiran_entitas ON public.lampiran USING btree (pemda_id, entitas, entitas_id);


--
-- Name: idx_naskah_diubah; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_naskah_diubah ON public.naskah USING btree (pemda_id, diubah_pada);


--
-- Name: idx_naskah_induk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_naskah_induk ON public.naskah USING btree (induk_id);


--
-- Name: idx_naskah_mitra; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_naskah_mitra ON public.naskah USING btree (pemda_id, mitra_id, dibagikan);


--
-- Name: idx_naskah_pemda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_naskah_pemda ON public.naskah USING btree (pemda_id, status);


--
-- Name: idx_nilai_periode; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_nilai_periode ON public.nilai_usulan USING btree (pemda_id, periode_id);


--
-- Name: idx_notifikasi_pengguna; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_notifikasi_pengguna ON public.notifikasi USING btree (pengguna_id, dibaca, dibuat);


--
-- Name: idx_pengguna_pemda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_pengguna_pemda ON public.pengguna USING btree (pemda_id, peran);


--
-- Name: idx_periode_monev_pemda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_periode_monev_pemda ON public.periode_monev USING btree (pemda_id, selesai);


--
-- Name: idx_periode_pemda; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_periode_pemda ON public.periode_pemetaan USING btree (pemda_id, tahun);


--
-- Name: idx_riwayat_ks; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_riwayat_ks ON public.riwayat_kerja_sama USING btree (kerja_sama_id, waktu);


--
-- Name: idx_riwayat_usulan; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_riwayat_usulan ON public.riwayat_usulan USING btree (usulan_id, waktu);


--
-- Name: idx_rubrik_pemda_versi; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX idx_rubrik_pemda_versi ON public.rubrik_monev USING btree (pemda_id, versi);


--
-- Name: idx_sesi_pengguna; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_sesi_pengguna ON public.sesi USING btree (pengguna_id);


--
-- Name: idx_tetangga_b; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_tetangga_b ON public.ketetanggaan USING btree (kode_b);


--
-- Name: idx_token_pengguna; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_token_pengguna ON public.token_api USING btree (pengguna_id);


--
-- Name: idx_ttd_ks; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_ttd_ks ON public.penandatanganan USING btree (kerja_sama_id);


--
-- Name: idx_unit_pemda_jenis; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_unit_pemda_jenis ON public.unit_kerja USING btree (pemda_id, jenis);


--
-- Name: idx_usulan_dasbor; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usulan_dasbor ON public.usulan_potensi USING btree (pemda_id, urusan, status, lokasi);


--
-- Name: idx_usulan_periode_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usulan_periode_status ON public.usulan_potensi USING btree (pemda_id, periode_id, status);


--
-- Name: idx_usulan_publik; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usulan_publik ON public.usulan_potensi USING btree (publik);


--
-- Name: idx_usulan_unit; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_usulan_unit ON public.usulan_potensi USING btree (pemda_id, unit_id);


--
-- Name: idx_wilayah_induk; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wilayah_induk ON public.wilayah USING btree (induk);


--
-- Name: idx_wilayah_tingkat; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX idx_wilayah_tingkat ON public.wilayah USING btree (tingkat);


--
-- Name: peserta_simulasi_kelas; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX peserta_simulasi_kelas ON public.peserta_simulasi USING btree (kelas_id, nomor);


--
-- Name: audit_log audit_log_no_change; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_change BEFORE DELETE OR UPDATE ON public.audit_log FOR EACH ROW EXECUTE FUNCTION public.audit_log_append_only();


--
-- Name: audit_log audit_log_no_truncate; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log FOR EACH STATEMENT EXECUTE FUNCTION public.audit_log_append_only();


--
-- Name: aturan_naskah aturan_naskah_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.aturan_naskah
    ADD CONSTRAINT aturan_naskah_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: evaluasi_monev evaluasi_monev_kerja_sama_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluasi_monev
    ADD CONSTRAINT evaluasi_monev_kerja_sama_id_fkey FOREIGN KEY (kerja_sama_id) REFERENCES public.kerja_sama(id);


--
-- Name: evaluasi_monev evaluasi_monev_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluasi_monev
    ADD CONSTRAINT evaluasi_monev_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: evaluasi_monev evaluasi_monev_periode_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.evaluasi_monev
    ADD CONSTRAINT evaluasi_monev_periode_id_fkey FOREIGN KEY (periode_id) REFERENCES public.periode_monev(id);


--
-- Name: isian_monev isian_monev_evaluasi_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.isian_monev
    ADD CONSTRAINT isian_monev_evaluasi_id_fkey FOREIGN KEY (evaluasi_id) REFERENCES public.evaluasi_monev(id);


--
-- Name: isian_monev isian_monev_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.isian_monev
    ADD CONSTRAINT isian_monev_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: isian_monev isian_monev_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.isian_monev
    ADD CONSTRAINT isian_monev_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id);


--
-- Name: kelas_simulasi kelas_simulasi_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kelas_simulasi
    ADD CONSTRAINT kelas_simulasi_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: kerja_sama_kait kerja_sama_kait_kerja_sama_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kerja_sama_kait
    ADD CONSTRAINT kerja_sama_kait_kerja_sama_id_fkey FOREIGN KEY (kerja_sama_id) REFERENCES public.kerja_sama(id);


--
-- Name: kerja_sama kerja_sama_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kerja_sama
    ADD CONSTRAINT kerja_sama_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: kewajiban kewajiban_kerja_sama_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kewajiban
    ADD CONSTRAINT kewajiban_kerja_sama_id_fkey FOREIGN KEY (kerja_sama_id) REFERENCES public.kerja_sama(id);


--
-- Name: kewajiban kewajiban_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.kewajiban
    ADD CONSTRAINT kewajiban_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: klausul_naskah klausul_naskah_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.klausul_naskah
    ADD CONSTRAINT klausul_naskah_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: komentar_naskah komentar_naskah_naskah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.komentar_naskah
    ADD CONSTRAINT komentar_naskah_naskah_id_fkey FOREIGN KEY (naskah_id) REFERENCES public.naskah(id);


--
-- Name: komentar_naskah komentar_naskah_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.komentar_naskah
    ADD CONSTRAINT komentar_naskah_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: lampiran lampiran_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.lampiran
    ADD CONSTRAINT lampiran_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: mitra mitra_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mitra
    ADD CONSTRAINT mitra_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: naskah naskah_mitra_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.naskah
    ADD CONSTRAINT naskah_mitra_id_fkey FOREIGN KEY (mitra_id) REFERENCES public.mitra(id);


--
-- Name: naskah naskah_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.naskah
    ADD CONSTRAINT naskah_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: naskah naskah_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.naskah
    ADD CONSTRAINT naskah_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.unit_kerja(id);


--
-- Name: naskah naskah_usulan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.naskah
    ADD CONSTRAINT naskah_usulan_id_fkey FOREIGN KEY (usulan_id) REFERENCES public.usulan_potensi(id);


--
-- Name: nilai_usulan nilai_usulan_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT nilai_usulan_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: nilai_usulan nilai_usulan_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT nilai_usulan_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id);


--
-- Name: nilai_usulan nilai_usulan_periode_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT nilai_usulan_periode_id_fkey FOREIGN KEY (periode_id) REFERENCES public.periode_pemetaan(id);


--
-- Name: nilai_usulan nilai_usulan_usulan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nilai_usulan
    ADD CONSTRAINT nilai_usulan_usulan_id_fkey FOREIGN KEY (usulan_id) REFERENCES public.usulan_potensi(id);


--
-- Name: notifikasi notifikasi_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifikasi
    ADD CONSTRAINT notifikasi_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: notifikasi notifikasi_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.notifikasi
    ADD CONSTRAINT notifikasi_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id);


--
-- Name: penandatanganan penandatanganan_kerja_sama_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.penandatanganan
    ADD CONSTRAINT penandatanganan_kerja_sama_id_fkey FOREIGN KEY (kerja_sama_id) REFERENCES public.kerja_sama(id);


--
-- Name: penandatanganan penandatanganan_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.penandatanganan
    ADD CONSTRAINT penandatanganan_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: pengguna pengguna_mitra_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengguna
    ADD CONSTRAINT pengguna_mitra_id_fkey FOREIGN KEY (mitra_id) REFERENCES public.mitra(id);


--
-- Name: pengguna pengguna_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengguna
    ADD CONSTRAINT pengguna_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: pengguna pengguna_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pengguna
    ADD CONSTRAINT pengguna_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.unit_kerja(id);


--
-- Name: perbandingan_ahp perbandingan_ahp_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perbandingan_ahp
    ADD CONSTRAINT perbandingan_ahp_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: perbandingan_ahp perbandingan_ahp_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perbandingan_ahp
    ADD CONSTRAINT perbandingan_ahp_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id);


--
-- Name: perbandingan_ahp perbandingan_ahp_periode_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.perbandingan_ahp
    ADD CONSTRAINT perbandingan_ahp_periode_id_fkey FOREIGN KEY (periode_id) REFERENCES public.periode_pemetaan(id);


--
-- Name: periode_monev periode_monev_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periode_monev
    ADD CONSTRAINT periode_monev_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: periode_pemetaan periode_pemetaan_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.periode_pemetaan
    ADD CONSTRAINT periode_pemetaan_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: peserta_simulasi peserta_simulasi_kelas_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_simulasi
    ADD CONSTRAINT peserta_simulasi_kelas_id_fkey FOREIGN KEY (kelas_id) REFERENCES public.kelas_simulasi(id) ON DELETE CASCADE;


--
-- Name: peserta_simulasi peserta_simulasi_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.peserta_simulasi
    ADD CONSTRAINT peserta_simulasi_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: riwayat_kerja_sama riwayat_kerja_sama_kerja_sama_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_kerja_sama
    ADD CONSTRAINT riwayat_kerja_sama_kerja_sama_id_fkey FOREIGN KEY (kerja_sama_id) REFERENCES public.kerja_sama(id);


--
-- Name: riwayat_kerja_sama riwayat_kerja_sama_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_kerja_sama
    ADD CONSTRAINT riwayat_kerja_sama_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: riwayat_usulan riwayat_usulan_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_usulan
    ADD CONSTRAINT riwayat_usulan_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: riwayat_usulan riwayat_usulan_usulan_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.riwayat_usulan
    ADD CONSTRAINT riwayat_usulan_usulan_id_fkey FOREIGN KEY (usulan_id) REFERENCES public.usulan_potensi(id);


--
-- Name: rubrik_monev rubrik_monev_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rubrik_monev
    ADD CONSTRAINT rubrik_monev_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: sesi sesi_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sesi
    ADD CONSTRAINT sesi_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id) ON DELETE CASCADE;


--
-- Name: token_api token_api_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_api
    ADD CONSTRAINT token_api_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: token_api token_api_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_api
    ADD CONSTRAINT token_api_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id) ON DELETE CASCADE;


--
-- Name: token_kalender token_kalender_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_kalender
    ADD CONSTRAINT token_kalender_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: token_kalender token_kalender_pengguna_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.token_kalender
    ADD CONSTRAINT token_kalender_pengguna_id_fkey FOREIGN KEY (pengguna_id) REFERENCES public.pengguna(id);


--
-- Name: unit_kerja unit_kerja_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.unit_kerja
    ADD CONSTRAINT unit_kerja_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: usulan_potensi usulan_potensi_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usulan_potensi
    ADD CONSTRAINT usulan_potensi_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- Name: usulan_potensi usulan_potensi_periode_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usulan_potensi
    ADD CONSTRAINT usulan_potensi_periode_id_fkey FOREIGN KEY (periode_id) REFERENCES public.periode_pemetaan(id);


--
-- Name: usulan_potensi usulan_potensi_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.usulan_potensi
    ADD CONSTRAINT usulan_potensi_unit_id_fkey FOREIGN KEY (unit_id) REFERENCES public.unit_kerja(id);


--
-- Name: versi_naskah versi_naskah_naskah_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versi_naskah
    ADD CONSTRAINT versi_naskah_naskah_id_fkey FOREIGN KEY (naskah_id) REFERENCES public.naskah(id);


--
-- Name: versi_naskah versi_naskah_pemda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.versi_naskah
    ADD CONSTRAINT versi_naskah_pemda_id_fkey FOREIGN KEY (pemda_id) REFERENCES public.pemda(id);


--
-- PostgreSQL database dump complete
--

\unrestrict pX9LhRSrUWAGHksyndLeVNxRkQS7OjRYuHfB2Ra94TPz8VdSH4Mw2SeaeWXW6MS

