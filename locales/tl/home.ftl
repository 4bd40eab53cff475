home-title = Hanapin ang tamang tulong
home-heading = Hanapin ang tamang tulong para sa inyo
home-intro = Sagutin ang ilang tanong. Sasabihin namin kung anong tulong ang puwede ninyong makuha, ano ang dadalhin at saan pupunta.
home-step-answer = Sagutin ang mga simpleng tanong, isa-isa.
home-step-learn = Alamin kung anong tulong ang bagay sa inyo at kung bakit.
home-step-book = Kumuha ng appointment sa pinakamalapit na tanggapan.
home-reassure = Libre ito. Hindi kailangang gumawa ng account. Puwede kayong bumalik at baguhin ang mga sagot anumang oras.

who-legend = Sino ang nangangailangan ng tulong?
who-me = Ako
who-other = Isang taong tinutulungan ko

area-legend = Para saan ang tulong na hinahanap ninyo?
start-continue = Magpatuloy
start-error-who = Piliin kung sino ang nangangailangan ng tulong.
start-error-area = Piliin kung para saan ang tulong na hinahanap ninyo.

next-heading = Ano ang susunod

urgent-heading = Nasa panganib ba kayo ngayon?
urgent-body = Tumawag sa 112. Para sa karahasan, tumawag sa 1522: libre ito, sumasagot araw at gabi, pati sa ibang wika.

home-first-step-heading = Hindi alam kung saan magsisimula?
home-first-step-body = Kumuha ng appointment para sa unang pakikipag-usap sa Tanggapang Panlipunan (Sportello Sociale). Ikukuwento ninyo ang inyong sitwasyon at tutulungan nila kayong malaman kung ano ang gagawin.
home-first-step-link = Hanapin ang Tanggapang Panlipunan
