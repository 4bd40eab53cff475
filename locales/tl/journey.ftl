next-body = Ngayon ay magtatanong kami ng ilang simpleng tanong, isa-isa. Puwede kayong bumalik anumang oras.
start-questions = Simulan ang mga tanong

question-progress = Tanong { $current } sa { $total }
back = Bumalik
continue-link = Magpatuloy
why-we-ask = Bakit namin ito itinatanong
municipality-choose = Piliin ang munisipyo (Comune)
choose-all-that-apply = Piliin ang lahat ng tamang sagot.
title-neutral-question = Tanong
title-neutral-results = Impormasyon

error-missing = Pumili o sumulat ng sagot.
error-not-an-option = Pumili ng isa sa mga sagot sa listahan.
error-not-a-number = Sumulat ng numero, halimbawa 12.
error-too-small = Ang numero ay dapat hindi bababa sa { $min }.
error-too-large = Ang numero ay dapat hindi hihigit sa { $max }.
error-unknown-municipality = Pumili ng munisipyo sa listahan.

quick-exit = Umalis agad sa pahinang ito
quick-exit-hint = O pindutin nang 3 beses ang Shift key (Maiusc).
read-aloud = Basahin nang malakas
read-aloud-stop = Itigil ang pagbasa

check-title = Suriin ang mga sagot
check-intro = Kung may mali, pindutin ang "Baguhin".
check-see-results = Tingnan ang resulta

results-title = Ang mga tulong para sa inyo
results-intro = { $who ->
    [me] Narito ang mga tulong na bagay sa inyo, batay sa inyong mga sagot.
   *[other] Narito ang mga tulong na bagay sa taong tinutulungan ninyo, batay sa mga sagot.
  }
results-fits-heading = { $who ->
    [me] Mga tulong na bagay sa inyo
   *[other] Mga tulong na bagay sa taong tinutulungan ninyo
  }
results-may-heading = Mga tulong na itatanong sa tanggapan
results-may-intro = { $who ->
    [me] Baka bagay ang mga ito sa inyo. Sa tanggapan, masusuri nila ang mga bagay na hindi ninyo alam.
   *[other] Baka bagay ang mga ito sa taong tinutulungan ninyo. Sa tanggapan, masusuri nila ang mga bagay na hindi ninyo alam.
  }
results-not-heading = { $who ->
    [me] Mga tulong na hindi bagay sa inyo, at kung bakit
   *[other] Mga tulong na hindi bagay sa taong tinutulungan ninyo, at kung bakit
  }
results-none-fit = Walang tulong na lubos na bagay sa mga sagot na ito. Hindi ito pagtanggi: magsimula sa isang pakikipag-usap sa Tanggapang Panlipunan (Sportello Sociale).
results-urgent-heading = Saan makakakuha agad ng tulong
results-always-heading = Laging nandiyan ang Tanggapang Panlipunan (Sportello Sociale)
results-always-intro = Hindi alam kung saan magsisimula, o hindi sigurado sa mga sagot? Sa Tanggapan, makikinig sila at tutulungan kayong maunawaan. Ang mga tulong na ito ay para sa lahat.
results-pua-route = Ang aplikasyong ito ay dumaraan sa PUA (Porta Unica di Accesso, ang iisang tanggapan para mag-apply). Isang doktor at isang social worker ang magkasamang magsusuri ng pangangailangan (UVM), madalas sa bahay. Pagkatapos, kasama ninyo silang magpapasya ng plano ng pag-aalaga.
results-law = Patakaran: { $law }. Sinuri noong { $checked }.
checklist-pua-note = Para sa pagsusuri ng PUA, dalhin din ang mga sertipiko ng doktor at ang mga gamot na iniinom ninyo.
results-ask-at-desk = Itanong sa tanggapan:
results-you-said = (Sinagot ninyo: { $answers })
results-always-why = Para ito sa lahat.
results-why-fits = { $who ->
    [me] Bakit ito bagay sa inyo
   *[other] Bakit ito bagay sa taong tinutulungan ninyo
  }
results-why-not = { $who ->
    [me] Bakit hindi ito bagay sa inyo
   *[other] Bakit hindi ito bagay sa taong tinutulungan ninyo
  }
results-for-whom = Para kanino
results-what-to-bring = Ano ang dadalhin
results-no-documents = Hindi kailangan ng dokumento.
results-who-provides = Sino ang nagbibigay
results-how-long = Gaano katagal
results-official-page = Opisyal na pahina
results-next-heading = Ano ang susunod
results-change-answers = Baguhin ang mga sagot
results-print = Bersyong ipi-print
results-start-again = Magsimula ulit

results-elsewhere-heading = Iba pang tulong na maaaring kailanganin
results-elsewhere-intro = Batay sa mga sagot, maaaring makatulong din ang mga ito. Ilang tanong pa lang ang kailangan: mananatili ang mga naibigay nang sagot.
results-elsewhere-fits = bagay sa mga naibigay na sagot
results-elsewhere-may = kailangang suriin
results-elsewhere-continue = { $count ->
    [0] Tingnan ang mga tulong na ito
    [one] Sumagot sa 1 pang tanong
   *[other] Sumagot sa { $count } pang tanong
  }

checklist-heading = Ang mga dokumentong dadalhin
checklist-intro = Lagyan ng tsek ang mga mayroon na kayo. Sa ganitong paraan, malalaman ninyo kung ano ang kulang.
checklist-save = I-save ang listahan
