accessibility-title = Pahayag tungkol sa accessibility (madaling paggamit)
accessibility-intro = Gusto naming magamit ng lahat ang Ponte. Pati ng mga hindi gaanong nakakakita, hindi nakakarinig, keyboard lang ang gamit, o gumagamit ng screen reader.
accessibility-status-heading = Nasaan na kami
accessibility-status-body =
    Sinusunod ng site ang mga patakarang WCAG 2.2, antas AA. Ito ang mga patakaran ng Europa para sa mga pampublikong website.
    Awtomatikong sinusuri ang bawat pahina sa bawat pagbabago, sa lahat ng wika.
accessibility-how-heading = Ano ang magagawa ninyo
accessibility-how-body =
    Magagamit ninyo ang site gamit lang ang keyboard. Laging malinaw na nakikita kung nasaan kayo sa pahina.
    Mapapalaki ninyo ang teksto hanggang doble. Umaangkop din ang pahina sa maliliit na screen.
    Gumagana rin ang site kahit walang JavaScript at gamit ang mga kulay ng inyong system.
    Kung humiling kayo ng mas kaunting galaw sa screen, hindi gagamit ng animation ang site.
accessibility-limits-heading = Ano ang hindi pa maayos
accessibility-limits-body =
    Bago pa ang site at binubuo pa namin ito. May ilang bahagi na wala pa.
    Hindi pa namin ito nasusubukan kasama ang mga taong gumagamit ng screen reader. Gagawin namin ito sa lalong madaling panahon.
accessibility-feedback-heading = Sabihin sa amin kung ano ang hindi gumagana
accessibility-feedback-body =
    Kung may bahagi ng site na hindi gumagana para sa inyo, sabihin sa amin. Sumulat sa Tanggapang Panlipunan (Sportello Sociale) ng inyong munisipyo (Comune) o pumunta nang personal.
    Sasagot kami sa loob ng 30 araw.
accessibility-enforcement-heading = Kung hindi kayo makatanggap ng sagot
accessibility-enforcement-body =
    Kung hindi kayo makatanggap ng sagot, o kulang ang sagot, puwede kayong sumulat sa Ombudsman para sa digital ng AgID (Difensore civico per il digitale).
    Ang AgID ay ang Ahensiya para sa Digital na Italya (Agenzia per l'Italia Digitale).

