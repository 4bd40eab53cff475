# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Privacy
privacy-intro = Dito ninyo makikita kung anong datos ang ginagamit ng Ponte, bakit, sino ang nakakakita nito at gaano katagal. Una ang buod, pagkatapos ang mga detalye.
privacy-summary =
    Para makita ang mga tulong na bagay sa inyo, hindi namin hinihingi ang inyong pangalan.
    Kung hindi kayo mag-book, buburahin namin ang inyong mga sagot. Ginagawa namin ito sa loob ng { $draft-minutes } minuto.
    Kung mag-book kayo, mapupunta ang mga sagot sa tanggapang pipiliin ninyo. Kasama ng mga ito ang pangalan at, kung gusto ninyo, isang telepono o email.
    Pagkatapos ng appointment, maghihintay kami ng { $days } araw. Pagkatapos, buburahin namin ang pangalan, contact at mga sagot.
    Payo lang ang ibinibigay ng Ponte. Laging isang tao sa tanggapan ang nagpapasya.
    Hindi kami gumagamit ng cookie para sa advertising. Hindi namin ibinebenta ang inyong datos.
    Puwede ninyong tingnan, itama o burahin ang inyong datos. Sumulat sa { $contact }.

privacy-who-heading = Sino ang may pananagutan sa inyong datos
privacy-who-body =
    Ang tagapamahala ng datos (titolare) ay ang { $controller }. Ang tagapamahala ang nagpapasya kung paano gagamitin ang datos at siya ang may pananagutan dito.
    Para sumulat sa tagapamahala: { $contact }.
    May opisyal para sa proteksyon ng datos (responsabile della protezione dei dati) ang tagapamahala. Ang contact niya ay { $dpo }.

privacy-desks-heading = Mga tanggapang hindi sa munisipyo
privacy-desks-body =
    May ilang tanggapan na hindi sa munisipyo (Comune). Halimbawa, isang CAF, isang patronato, ang Caritas, ang ASST, isang CPIA o ang sentro laban sa karahasan.
    Kung mag-book kayo sa isa sa kanila, ipapadala ng Ponte sa kanila ang booking at ang mga sagot. Pagkatapos, gagamitin din ng tanggapang iyon ang inyong datos, para sa sarili nitong serbisyo.
    Bawat tanggapan ay may sariling patakaran sa privacy. Puwede ninyong hingin ang mga ito sa tanggapan.

privacy-what-heading = Anong datos ang ginagamit namin
privacy-what-body =
    Ang mga sagot sa mga tanong, pati ang munisipyong tinitirhan ninyo. May ilang sagot na tungkol sa maseselang bagay: ang kalusugan, kapansanan, ang permiso sa paninirahan (permesso di soggiorno), karahasan.
    Ang mga dokumentong sinasabi ninyong mayroon kayo.
    Kung mag-book kayo: ang pangalan, ang telepono o email kung ibibigay ninyo, ang wika at ang mensahe para sa tanggapan. Pati kung sino ang sumagot sa form: kayo, isang kamag-anak o isang tagapamagitan.
    Ang code ng booking at ang PIN. Sine-save namin ang PIN sa anyong hindi mababasa.
    Kung bibigyan ninyo ng PIN ang taong tumutulong sa inyo: ang kanyang pangalan, ang kaugnayan niya sa inyo, ang kanyang telepono o email kung ibibigay ninyo, at kung kailan kayo pumayag. Sine-save din namin ang kanyang PIN sa anyong hindi mababasa.
    Kung tatawag kayo o pupunta sa tanggapan, puwedeng isulat ng isang kawani ang kahilingan para sa inyo. Sine-save din namin kung paano ito dumating at kung sino ang sumulat nito.
    Kung sasagutin ng isang tagapamagitan o isang kawani ang mga tanong kasama ninyo, sine-save namin kung sino ang tumulong sa inyo at kung paano kayo pumayag: nang personal o sa telepono.
    Ang internet address ng inyong telepono o computer. Ginagamit lang namin ito para bilangin ang mga maling subok at ang mga booking. Sine-save namin ito sa anyong hindi mababasa.

privacy-why-heading = Bakit namin ito ginagamit
privacy-why-body =
    Para sa isang pampublikong tungkulin: sabihin sa inyo kung anong tulong ang mayroon at ihanda ang inyong pakikipagkita sa tanggapan. Ito ang batayan sa GDPR, art. 6, talata 1, titik e.
    Ginagamit namin ang maseselang bagay para sa isang dahilang may pampublikong interes: ang mga serbisyong panlipunan at pag-aalaga. Ito ang batayan sa GDPR, art. 9, talata 2, titik g at h.
    Kaya hindi namin hinihingi ang inyong pahintulot. Ang kahon sa form ay nagsasabi lang na gusto ninyong ipadala ang mga sagot sa tanggapan.
    Pero para bigyan ng PIN ang taong tumutulong sa inyo, kailangan namin ang inyong pahintulot. Ito ang batayan sa GDPR, art. 6, talata 1, titik a. Puwede ninyo itong bawiin kahit kailan: alisin ang PIN.
    Binibilang namin ang mga maling subok para protektahan ang mga booking. Sa ganitong paraan, walang makakahula ng mga code.
    Binibilang din namin ang mga booking na ginawa mula sa isang address sa isang araw. Sa ganitong paraan, walang makakakuha ng lahat ng oras ng isang tanggapan.

privacy-suggestions-heading = Nagpapayo ang Ponte, isang tao ang nagpapasya
privacy-suggestions-body =
    Ipinapakita sa inyo ng Ponte ang mga tulong na maaaring bagay sa inyo, batay sa mga sagot. Payo lang ito.
    Hindi ang Ponte ang nagpapasya kung may karapatan kayo sa isang tulong. Isang tao sa tanggapan ang nagpapasya nito, pagkatapos makipag-usap sa inyo.

privacy-recipients-heading = Sino ang nakakakita ng inyong datos
privacy-recipients-body =
    Bukod sa inyo, ang mga nagtatrabaho lang sa tanggapang pipiliin ninyo ang nakakakita ng booking.
    Kung bibigyan ninyo ng PIN ang taong tumutulong sa inyo, makikita rin ng taong ito ang booking. Hindi niya mada-download ang inyong datos at hindi siya makakapagbigay ng PIN sa iba.
    Kung ibang wika ang sinasalita ninyo, puwedeng pumunta sa appointment ang isang tagapamagitang pangkultura (mediatore culturale). Nakikita ng tagapamagitang pupunta ang inyong pangalan, ang araw, ang oras, ang tanggapan, ang serbisyo at ang mga dokumentong dadalhin. Hindi niya nakikita ang inyong mga sagot, ang inyong mensahe, o ang inyong telepono o email.
    Ang nangangasiwa sa mga server ng Ponte ay puwedeng makakita ng datos para lang mapatakbo ito. Ginagawa niya ito para sa tagapamahala ng datos, may kontrata.
    Walang kinukuha ang Ponte mula sa ibang site. Walang advertising, walang estadistika, walang font mula sa ibang server.
    Ibinibigay lang namin ang datos sa iba kung hinihingi ito ng batas.

privacy-keep-heading = Gaano katagal
privacy-keep-body =
    Nananatili ang mga sagot sa server habang sumasagot kayo. Kung mag-book kayo, mapupunta ang mga ito sa booking.
    Kung hindi kayo mag-book, buburahin namin ang mga ito kapag pinindot ninyo ang «Umalis agad sa pahinang ito». Kung hindi, buburahin namin ang mga ito hindi lalampas sa { $draft-minutes } minuto pagkatapos ng huling sagot.
    Pangalan, contact, mga sagot at mensahe: buburahin namin ang mga ito { $days } araw pagkatapos ng appointment. Para sa kahilingang walang appointment, { $days } araw pagkatapos ng huling pagbabago.
    Kung kanselahin ninyo ang booking, buburahin namin agad ang mga ito.
    Buburahin namin ang pangalan at contact ng taong tumutulong sa inyo kasabay ng sa inyo. Kung aalisin ninyo ang PIN ng taong tumutulong sa inyo, buburahin namin agad ang mga ito.
    Kapag ginamit ng taong tumutulong sa inyo ang kanyang PIN, isinusulat namin ito sa talaan ng mga access: sino, ano at kailan. Walang internet address.
    Mga numerong walang pangalan na lang ang natitira: ilang booking, para sa aling serbisyo, sa aling tanggapan.
    Binibilang namin ang mga maling subok sa loob ng { $attempts-minutes } minuto, at ang mga booking sa loob ng { $bookings-hours } oras. Pagkalipas ng hindi hihigit sa { $counts-days } araw, buburahin din namin ang mga bilang na ito.
    Sumusulat ang server ng talaan (log) para gumana nang maayos. Wala sa talaang ito ang inyong internet address at ang code ng booking.

privacy-location-heading = «Gamitin ang aking lokasyon»
privacy-location-body =
    Sa paghahanap ng tanggapan, puwede ninyong pindutin ang «Gamitin ang aking lokasyon». Hihingi ng pahintulot sa inyo ang browser.
    Ini-round namin ang lokasyon sa mga isang kilometro. Ginagamit lang ito para mahanap ang pinakamalapit na munisipyo.
    Hindi namin ito sine-save. Hindi ito napupunta sa address ng pahina.

privacy-cookies-heading = Cookie
privacy-cookies-body =
    Tinatandaan ng ponte_lang ang wikang pipiliin ninyo sa menu ng mga wika. Tumatagal ito nang isang taon. Inilalagay lang namin ito kung pipili kayo ng wika.
    Iniingatan ng ponte_session ang mga sagot habang sumasagot kayo, at ang mga code ng mga booking na ginawa rito. Sa https, tinatawag itong __Host-ponte_session. Mag-e-expire ito pagkatapos ng { $session-minutes } minutong walang aktibidad.
    Mga teknikal na cookie ang mga ito: kailangan ang mga ito para magawa ang hinihiling ninyo. Wala nang ibang cookie.

privacy-rights-heading = Ang inyong mga karapatan
privacy-rights-body =
    Puwede ninyong hilinging makita ang inyong datos, itama ito o burahin ito. Puwede ninyong hilinging bawasan ang paggamit nito, o tumutol sa paggamit nito.
    Gamit ang code at ang PIN, makikita ninyo ang booking. Doon, puwede ninyong bigyan ng PIN ang taong tumutulong sa inyo, at alisin ito kahit kailan. Hindi sapat ang telepono o email: puwedeng alam ito ng taong nakakakilala sa inyo. Doon, puwede ninyong i-download ang inyong datos sa isang file. Puwede ninyong baguhin ang oras o kanselahin ang booking. Kung kanselahin ninyo, buburahin namin agad ang inyong datos. Pagkatapos ng appointment, kayo mismo ang puwedeng magbura nito, gamit ang isang button.
    Para sa iba pa, sumulat sa { $contact }. Puwede rin kayong sumulat sa opisyal para sa proteksyon ng datos: { $dpo }. O magtanong sa tanggapan.
    Sa tingin ninyo ay hindi namin sinusunod ang mga patakaran? Puwede kayong magreklamo sa ahensiya ng Italya para sa proteksyon ng datos (Garante per la protezione dei dati personali): www.garanteprivacy.it.

staff-privacy-title = Privacy para sa mga nagtatrabaho gamit ang Ponte
staff-privacy-intro = Ang pahinang ito ay para sa mga nagtatrabaho sa tanggapan: mga kawani, mga tagapamagitan at mga nangangasiwa ng mga account.
staff-privacy-summary =
    Ginagamit namin ang pangalan, email at tungkulin para bigyan kayo ng access.
    Sine-save namin ang password sa anyong hindi mababasa.
    Kapag nagbukas kayo ng kahilingan o listahan, o may binago kayo, isinusulat namin ito sa talaan (log). Kasama ang oras at ang internet address.
    Hindi binubura at hindi binabago ng Ponte ang talaan.

staff-privacy-who-heading = Sino ang may pananagutan sa inyong datos
staff-privacy-who-body =
    Ang tagapamahala ng datos (titolare) ay ang { $controller }. Para sumulat sa tagapamahala: { $contact }.
    Ang opisyal para sa proteksyon ng datos (responsabile della protezione dei dati): { $dpo }.

staff-privacy-what-heading = Anong datos ang ginagamit namin
staff-privacy-what-body =
    Pangalan, email, tungkulin at mga tanggapan ng inyong account.
    Ang password, na naka-save gamit ang argon2id. Walang makakabasa nito, kahit ang nangangasiwa sa Ponte.
    Ang key ng app ng mga code sa pag-login: nasa database ito, dahil kailangan ito para suriin ang mga code. Ang mga reserbang code, na naka-save sa anyong hindi mababasa.
    Ang talaan: sino ang nagbukas, kumuha o nagbago ng kahilingan, kailan at mula sa aling internet address. Pati kung sino ang nagbasa ng listahan ng mga kahilingan o ng mga appointment. At kung sino ang gumawa ng account, nagbigay ng bagong password o nag-disable ng account. At bawat code sa pag-login na ibinigay o tinanggihan. At kung sino ang nagsimula ng mga tanong kasama ang isang tao.
    Ang mga maling pag-login, na binibilang sa loob ng { $attempts-minutes } minuto.
    Kung tagapamagitan kayo: ang mga wikang sinasalita ninyo at ang mga araw at oras na nasa mga tanggapan kayo. Ang wika at ang araw lang ang nakikita ng publiko, hindi ang inyong pangalan. Sinasabi rin ng talaan kung aling mga appointment ang sinabi ninyong pupuntahan ninyo.

staff-privacy-why-heading = Bakit namin ito ginagamit
staff-privacy-why-body =
    Para bigyan kayo ng access at para protektahan ang datos ng mga tao. Sinasabi ng talaan kung sino ang nagbasa o nagbago ng isang kahilingan.
    Ang batayan ay ang pampublikong tungkulin ng tagapamahala at ang kanyang obligasyon sa seguridad. GDPR, art. 6, talata 1, titik c at e, at art. 32.

staff-privacy-keep-heading = Gaano katagal
staff-privacy-keep-body =
    Nananatili ang account hangga't hindi ito isinasara ng isang administrator.
    Hindi binubura ng Ponte ang talaan. Ang tagapamahala ang nagpapasya kung gaano katagal ito itatago.
    Natatapos ang access pagkatapos ng { $staff-idle-minutes } minutong walang aktibidad. Natatapos din ito pagkalipas ng { $staff-max-hours } oras, anuman ang mangyari.

staff-privacy-cookies-heading = Cookie
staff-privacy-cookies-body =
    Pinapanatiling bukas ng ponte-staff ang inyong access. Sa https, tinatawag itong __Host-ponte-staff.
    Sa database, isang bakas (fingerprint) lang ng cookie ang sine-save namin, hindi ang cookie mismo.
    Natatapos ang cookie kapag nag-logout kayo, kapag isinara ninyo ang browser o kapag nag-expire ang access.

staff-privacy-rights-heading = Ang inyong mga karapatan
staff-privacy-rights-body =
    Puwede ninyong hilinging makita ang inyong datos, itama ito o burahin ito. Puwede ninyong hilinging bawasan ang paggamit nito, o tumutol sa paggamit nito.
    Sumulat sa { $contact } o sa { $dpo }.
    Puwede kayong magreklamo sa ahensiya ng Italya para sa proteksyon ng datos (Garante per la protezione dei dati personali): www.garanteprivacy.it.
