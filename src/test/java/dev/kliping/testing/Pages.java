package dev.kliping.testing;

/** Small hand-written pages for tests that need an article but not a real outlet's. */
public final class Pages {
  private Pages() {}

  public static String article() {
    return """
        <!doctype html><html lang="id"><head><meta charset="utf-8">
        <title>Banjir Rendam Tiga Desa di Muara Enim</title>
        <meta property="article:published_time" content="2024-06-20T08:46:00+07:00">
        </head><body><nav><a href="/">Beranda</a> <a href="/news">Berita</a></nav>
        <article><h1>Banjir Rendam Tiga Desa di Muara Enim</h1>
        <p>Hujan deras sejak Selasa malam membuat Sungai Lematang meluap dan merendam tiga desa
        di Kabupaten Muara Enim, Sumatera Selatan, pada Rabu pagi.</p>
        <p>Ketinggian air mencapai satu meter di beberapa titik. Warga mengungsi ke balai desa
        dan masjid terdekat sambil menunggu air surut.</p>
        <p>Badan Penanggulangan Bencana Daerah mengirim perahu karet dan bantuan makanan siap saji
        ke lokasi. Belum ada laporan korban jiwa.</p>
        <p>Petugas mengimbau warga di bantaran sungai tetap waspada karena hujan diperkirakan
        masih turun hingga akhir pekan.</p>
        </article><footer>Hak cipta dilindungi undang-undang</footer></body></html>
        """;
  }
}
