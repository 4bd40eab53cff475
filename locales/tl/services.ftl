# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Tanggapang Panlipunan ng munisipyo (Sportello Sociale del Comune)
provider-pua = Iisang tanggapan para mag-apply (PUA, Porta Unica di Accesso)
provider-inps = INPS, pati sa pamamagitan ng isang CAF o patronato
provider-caf-patronato = CAF o patronato (mga libreng tanggapan ng tulong)
provider-centro-impiego = Sentro para sa trabaho (Centro per l'impiego)
provider-sportello-stranieri = Tanggapan para sa mga dayuhan (Sportello Stranieri)
provider-centro-antiviolenza = Sentro laban sa karahasan (Centro antiviolenza)
provider-asst = Lokal na tanggapan ng kalusugan (Azienda sanitaria, ASST)
provider-caritas = Caritas at food bank (banco alimentare)
provider-ufficio-scuola = Tanggapan para sa paaralan ng munisipyo (Ufficio scuola del Comune)
provider-cpia = Paaralan para sa mga nasa hustong gulang (CPIA)
provider-comune = Mga tanggapan ng munisipyo (Comune)
provider-emergency = Mga numero para sa emerhensiya

time-now = Agad
time-days = Ilang araw
time-weeks = Ilang linggo
time-months = Ilang buwan
time-call = Kapag binuksan ng munisipyo ang panawagan para mag-apply (bando), karaniwang isang beses sa isang taon

svc-first-listening = Unang pakikipag-usap sa Tanggapang Panlipunan (Sportello Sociale)
svc-first-listening-gives = Isang pagkikita para ikuwento ang inyong sitwasyon. Makikinig sila, ipapaliwanag ang inyong mga karapatan at sasabihin kung saan kayo pupunta. Libre ito.
svc-first-listening-for = Para sa lahat, pati sa mga hindi alam kung saan magsisimula.

svc-social-worker = Appointment sa social worker (assistente sociale)
svc-social-worker-gives = Aalamin ng social worker ang inyong sitwasyon at gagawa siya kasama ninyo ng plano ng tulong.
svc-social-worker-for = Para sa mga nasa mahirap na sitwasyon at nangangailangan ng ilang uri ng tulong nang sabay-sabay.

svc-home-care = Pag-aalaga sa bahay (SAD)
svc-home-care-gives = May tagapag-alagang pupunta sa bahay. Tumutulong siya sa paliligo, pagbibihis at paglilinis ng bahay.
svc-home-care-for = Para sa mga hindi na kayang gawin nang mag-isa ang mga pang-araw-araw na gawain.

svc-meals-at-home = Pagkaing dinadala sa bahay
svc-meals-at-home-gives = Isang mainit na pagkain na dinadala sa bahay araw-araw. Ang bayad ay batay sa ISEE.
svc-meals-at-home-for = Para sa mga hindi na kayang magluto nang mag-isa.

svc-telecare = Alarmang pantawag ng tulong (telesoccorso)
svc-telecare-gives = Isang maliit na aparato na may isang pindutan. Kapag pinindot ninyo ito, may sentrong sasagot araw at gabi at magpapadala ng tulong.
svc-telecare-for = Para sa mga mag-isang nakatira at maaaring mangailangan agad ng tulong.

svc-civil-invalidity = Aplikasyon para sa kinikilalang kapansanan (invalidità civile)
svc-civil-invalidity-gives = Ang pagkilala na nililimitahan ng isang sakit ang buhay. Nagbubukas ito ng daan sa iba pang tulong at sa pera.
svc-civil-invalidity-for = Para sa mga may sakit na naglilimita sa pang-araw-araw na buhay. Ang unang hakbang ay ang sertipiko ng doktor ng pamilya (medico di famiglia).

svc-attendance-allowance = Tulong-pinansyal para sa pag-aalaga (indennità di accompagnamento)
svc-attendance-allowance-gives = Pera bawat buwan mula sa INPS, para bayaran ang tumutulong. Hindi ito nakadepende sa kita.
svc-attendance-allowance-for = Para sa mga may 100% na kapansanan at nangangailangan ng tuloy-tuloy na tulong. Hinihingi ito gamit ang bagong sertipiko ng doktor.

svc-day-centre = Sentrong pang-araw para sa mga nakatatanda (centro diurno)
svc-day-centre-gives = Isang lugar kung saan magpapalipas ng araw. May pag-aalaga, pagkain at mga aktibidad. Sa gabi, umuuwi sa bahay.
svc-day-centre-for = Para sa mga nakatatandang nangangailangan ng pag-aalaga sa araw. Ang aplikasyon ay dumaraan sa PUA.

svc-carer-allowance = Tulong para sa nag-aalaga ng kapamilya (Misura B2)
svc-carer-allowance-gives = Pera mula sa Rehiyon (Regione) para sa mga nag-aalaga sa bahay ng isang taong hindi kayang mamuhay nang mag-isa.
svc-carer-allowance-for = Para sa mga may tulong-pinansyal para sa pag-aalaga (accompagnamento) o may Batas 104 (Legge 104) sa malubhang kalagayan, at inaalagaan sa bahay ng isang kapamilya o ng tagapag-alaga (badante) na may kontrata. Ang aplikasyon ay dumaraan sa PUA.

svc-law-104-recognition = Aplikasyon para sa Batas 104 (Legge 104)
svc-law-104-recognition-gives = Ang pagkilala sa kapansanan. Nagbibigay ito ng mga araw na puwedeng lumiban sa trabaho (permessi) at iba pang tulong.
svc-law-104-recognition-for = Para sa mga taong may kapansanan at sa kanilang mga kapamilya.

svc-disabled-parking = Permiso sa paradahan para sa may kapansanan (contrassegno)
svc-disabled-parking-gives = Isang kard para sa kotse. Pinapayagan nitong pumarada sa mga puwesto para sa may kapansanan.
svc-disabled-parking-for = Para sa mga nahihirapan nang husto sa paglalakad o hindi nakakakita.

svc-social-transport = Transportasyong panlipunan (trasporto sociale)
svc-social-transport-gives = Isang kotse o maliit na bus ang maghahatid sa check-up, therapy o sa sentrong pang-araw (centro diurno).
svc-social-transport-for = Para sa mga hindi kayang bumiyahe nang mag-isa sa pampublikong sasakyan.

svc-targeted-employment = Tulong sa trabaho para sa may kapansanan (collocamento mirato)
svc-targeted-employment-gives = Tulong para makahanap ng angkop na trabaho. Dapat kumuha ang mga kompanya ng mga taong may kapansanan.
svc-targeted-employment-for = Para sa mga taong may kapansanang 46% pataas na naghahanap ng trabaho.

svc-school-assistant = Tagatulong sa paaralan (assistente a scuola)
svc-school-assistant-gives = Isang tagapagturo (educatore) ang tumutulong sa paaralan sa isang bata o kabataang may kapansanan.
svc-school-assistant-for = Para sa mga estudyanteng may kapansanan. Mula preschool (asilo) hanggang high school (scuole superiori).

svc-disability-day-centre = Sentrong pang-araw para sa may kapansanan (centro diurno per disabili)
svc-disability-day-centre-gives = Isang lugar kung saan magpapalipas ng araw, may mga aktibidad at pag-aalaga. Sa gabi, umuuwi sa bahay.
svc-disability-day-centre-for = Para sa mga nasa hustong gulang na may kapansanan at nangangailangan ng pag-aalaga araw-araw. Ang aplikasyon ay dumaraan sa PUA.

svc-invalidity-pension = Allowance o pensiyon para sa may kapansanan (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Pera bawat buwan mula sa INPS: ang allowance (assegno) mula 74% na kapansanan, ang pensiyon sa 100%.
svc-invalidity-pension-for = Para sa mga 18 hanggang 66 taong gulang na may kapansanang 74% pataas at maliit na kita.

svc-child-benefit = Buwanang tulong para sa mga anak (Assegno Unico)
svc-child-benefit-gives = Pera bawat buwan para sa bawat anak, mula sa ikapitong buwan ng pagbubuntis hanggang 21 taong gulang. Kung may ISEE, mas malaki ang makukuha.
svc-child-benefit-for = Para sa lahat ng pamilyang may mga anak.

svc-nursery-bonus = Bonus para sa daycare (bonus asilo nido)
svc-nursery-bonus-gives = Pera mula sa INPS para bayaran ang daycare (asilo nido) o ang tulong sa bahay para sa maliliit na bata.
svc-nursery-bonus-for = Para sa mga pamilyang may mga batang wala pang 3 taon. Kung mababa ang ISEE, mas malaki ang makukuha.

svc-municipal-nursery = Daycare ng munisipyo (asilo nido del Comune)
svc-municipal-nursery-gives = Isang puwesto sa daycare. Mas mababa ang bayad kung mababa ang ISEE.
svc-municipal-nursery-for = Para sa mga pamilyang may mga batang wala pang 3 taon.

svc-school-grant = Tulong para sa gamit sa paaralan (Dote Scuola)
svc-school-grant-gives = Isang voucher mula sa Rehiyon (Regione) para bumili ng mga libro at gamit sa paaralan.
svc-school-grant-for = Para sa mga estudyante ng middle school at high school, na may ISEE hanggang 15,748 euro.

svc-school-meals-discount = Diskuwento sa pagkain sa paaralan at sa school bus
svc-school-meals-discount-gives = Binabawasan ng munisipyo ang bayad sa pagkain sa paaralan (mensa) at sa school bus.
svc-school-meals-discount-for = Para sa mga pamilyang may anak sa preschool, elementarya o middle school. Mas mababa ang bayad kung mababa ang ISEE.

svc-family-centre = Sentro para sa pamilya (Centro per la famiglia)
svc-family-centre-gives = Mga pagtitipon at payo para sa mga magulang, pati habang nagbubuntis. Libre ito.
svc-family-centre-for = Para sa mga nanay, tatay at mga nagdadalang-tao.

svc-birth-bonus = Bonus para sa bagong silang (bonus nuovi nati)
svc-birth-bonus-gives = 1,000 euro para sa bawat batang ipinanganak o inampon. Dapat mag-apply sa loob ng 120 araw mula sa kapanganakan.
svc-birth-bonus-for = Para sa mga batang ipinanganak o inampon mula 2025, sa mga pamilyang may ISEE hanggang 40,000 euro.

svc-inclusion-allowance = Buwanang tulong para sa inklusyon (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Pera bawat buwan at isang programa kasama ang mga serbisyong panlipunan para makaahon sa kahirapan.
svc-inclusion-allowance-for = Para sa mga pamilyang may ISEE hanggang 10,140 euro, na may menor de edad, taong may kapansanan o taong higit 60 taong gulang. Kailangan ang 5 taon sa Italya. Ang mga galing sa labas ng European Union ay dapat may pangmatagalang permiso (permesso di lungo periodo) o proteksyon.

svc-training-support = Suporta para sa pagsasanay at trabaho (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 euro bawat buwan habang kumukuha kayo ng kurso o sumasali sa isang proyekto sa trabaho.
svc-training-support-for = Para sa mga 18 hanggang 59 taong gulang na walang trabaho, na may ISEE hanggang 10,140 euro. Pareho ang mga patakaran ng ADI tungkol sa mga taon sa Italya at sa permiso.

svc-unemployment-benefit = NASpI (tulong-pinansyal para sa nawalan ng trabaho)
svc-unemployment-benefit-gives = Pera bawat buwan mula sa INPS pagkatapos matapos ang trabaho. Dapat mag-apply sa loob ng 68 araw.
svc-unemployment-benefit-for = Para sa mga nawalan ng trabaho nang hindi nila ginusto.

svc-job-centre = Sentro para sa trabaho (Centro per l'impiego)
svc-job-centre-gives = Tulong sa paghahanap ng trabaho, mga libreng kurso at pagpaparehistro bilang walang trabaho.
svc-job-centre-for = Para sa mga naghahanap ng trabaho.

svc-energy-bonus = Bonus panlipunan para sa kuryente, gas at tubig (bonus sociale)
svc-energy-bonus-gives = Isang diskuwento sa mga bill. Kusa itong dumarating kapag gumawa kayo ng ISEE.
svc-energy-bonus-for = Para sa mga pamilyang may ISEE hanggang 9,530 euro, o hanggang 20,000 euro kung may hindi bababa sa 4 na anak.

svc-isee-help = Gumawa ng ISEE nang libre
svc-isee-help-gives = Kinukuwenta ng isang CAF ang inyong ISEE nang walang bayad. Kailangan ito para sa halos lahat ng tulong.
svc-isee-help-for = Para sa mga wala pang ISEE ngayong taon o hindi alam kung mayroon sila nito.

svc-food-aid = Tulong sa pagkain
svc-food-aid-gives = Mga pakete ng pagkain o isang kard para sa tindahang pangkomunidad (emporio solidale). Puwede ring makuha agad.
svc-food-aid-for = Para sa mga walang sapat na makain.

svc-emergency-grant = Tulong-pinansyal mula sa munisipyo (contributo economico)
svc-emergency-grant-gives = Tulong na pera, isang beses lang, para sa mga kagyat na gastos tulad ng bill o pagkain.
svc-emergency-grant-for = Para sa mga may kagyat na problema sa pera. Ang social worker ang nagpapasya.

svc-rent-support = Tulong para sa upa (contributo per l'affitto)
svc-rent-support-gives = Pera para bayaran ang bahagi ng upa. Ibinibigay ito ng munisipyo kasama ang Rehiyon (Regione).
svc-rent-support-for = Para sa mga umuupa at may ISEE hanggang 26,000 euro.

svc-arrears-fund = Pondo para sa hindi nabayarang upa (morosità incolpevole)
svc-arrears-fund-gives = Pera para bayaran ang naiwang upa at pigilan ang pagpapaalis sa bahay (sfratto).
svc-arrears-fund-for = Para sa mga hindi makabayad ng upa dahil nawalan sila ng trabaho o kita.

svc-social-housing = Pabahay ng gobyerno (casa popolare, SAP)
svc-social-housing-gives = Isang bahay na mauupahan sa mababang presyo. Nag-a-apply kapag binuksan ang panawagan (bando).
svc-social-housing-for = Para sa mga pamilyang walang sariling bahay at may ISEE hanggang 16,000 euro.

svc-housing-emergency = Emerhensiya sa tirahan (emergenza casa)
svc-housing-emergency-gives = Isang lugar na matitirhan nang pansamantala, habang naghahanap ng bahay.
svc-housing-emergency-for = Para sa mga malapit nang mawalan ng bahay o walang bahay.

svc-night-shelter = Matutulugan ngayong gabi
svc-night-shelter-gives = Isang kama para sa gabi, paliguan at pagkain. Hinahanap ito ng serbisyong pang-emerhensiyang panlipunan (Pronto Intervento Sociale), pati sa gabi.
svc-night-shelter-for = Para sa mga walang ligtas na matutulugan ngayong gabi.

svc-family-doctor = Pagpaparehistro sa serbisyong pangkalusugan at doktor ng pamilya (medico di famiglia)
svc-family-doctor-gives = Isang libreng doktor ng pamilya at ang kard pangkalusugan (tessera sanitaria).
svc-family-doctor-for = Para sa mga nakatira sa Italya at wala pang doktor. Puwede rin kahit resibo pa lang ng renewal ng permiso ang hawak.

svc-stp-code = STP code para sa pagpapagamot
svc-stp-code-gives = Isang code para makakuha ng kagyat at mahalagang pagpapagamot, kahit walang permiso. Walang magsusumbong sa inyo.
svc-stp-code-for = Para sa mga dayuhang walang permiso sa paninirahan (permesso di soggiorno) na may bisa.

svc-home-nursing = Pagpapagamot sa bahay (ADI)
svc-home-nursing-gives = Mga nars at doktor ang pumupunta sa bahay. Kailangan ang kahilingan ng doktor ng pamilya. Ang PUA ang nag-aayos ng pagbisita para sa pagsusuri.
svc-home-nursing-for = Para sa mga hindi makalabas ng bahay para magpagamot.

svc-mental-health-centre = Sentro para sa kalusugan ng isip (CPS)
svc-mental-health-centre-gives = Mga psychologist at doktor na nakikinig at nanggagamot. Libre ito.
svc-mental-health-centre-for = Para sa mga nasa hustong gulang na may pagkabalisa, matinding kalungkutan o iba pang problema sa kalusugan ng isip.

svc-addiction-service = Serbisyo para sa adiksyon (SerD)
svc-addiction-service-gives = Tulong at gamutan para sa alak, droga o sugal. Libre at kumpidensyal ito, kahit hindi ibigay ang pangalan.
svc-addiction-service-for = Para sa mga may adiksyon at para sa kanilang mga kapamilya.

svc-consultorio = Klinika para sa pamilya (consultorio familiare)
svc-consultorio-gives = Mga check-up at payo tungkol sa pagbubuntis, kontrasepsyon at kalusugan ng kababaihan. Libre ito.
svc-consultorio-for = Para sa mga babae, magkapareha at kabataan.

svc-permit-renewal = Renewal ng permiso sa paninirahan (rinnovo del permesso di soggiorno)
svc-permit-renewal-gives = Tulong sa paghahanda ng aplikasyon. Ipinapadala ito gamit ang kit ng post office (Poste).
svc-permit-renewal-for = Para sa mga may permisong mag-e-expire o expired na. Mag-apply bago ito mag-expire.

svc-family-reunification = Pagsasama-samang muli ng pamilya (ricongiungimento familiare)
svc-family-reunification-gives = Tulong sa paghingi ng pahintulot para papuntahin sa Italya ang asawa, mga anak o mga magulang.
svc-family-reunification-for = Para sa mga may permisong may bisa, may kita at may angkop na bahay.

svc-long-term-permit = Pangmatagalang permiso (permesso di lungo periodo)
svc-long-term-permit-gives = Isang permisong hindi nag-e-expire. Kailangan ang pagsusulit sa Italyano, antas A2.
svc-long-term-permit-for = Para sa mga nakatira sa Italya na may permiso nang hindi bababa sa 5 taon at may kita.

svc-italian-course = Libreng kurso sa Italyano
svc-italian-course-gives = Mga aralin sa Italyano para sa mga nasa hustong gulang, may sertipiko sa dulo.
svc-italian-course-for = Para sa mga dayuhang nasa hustong gulang na gustong matuto ng Italyano.

svc-migrant-legal-advice = Legal na payo para sa mga dayuhan
svc-migrant-legal-advice-gives = Isang eksperto ang magpapaliwanag kung ano ang magagawa ninyo para sa permiso o para sa asylum. Libre ito.
svc-migrant-legal-advice-for = Para sa mga walang permisong may bisa o naghihintay ng sagot sa aplikasyon para sa asylum.

svc-emergency-112 = Numero para sa emerhensiya 112
svc-emergency-112-gives = Pulis, carabinieri at ambulansya. Laging sumasagot, pati sa ibang wika.
svc-emergency-112-for = Para sa mga nasa panganib ngayon.

svc-helpline-1522 = Numero laban sa karahasan 1522
svc-helpline-1522-gives = Isang libreng numero na sumasagot araw at gabi, pati sa ibang wika. Hindi ito lumalabas sa bill ng telepono.
svc-helpline-1522-for = Para sa mga dumaranas ng karahasan o natatakot, at para sa mga gustong tumulong.

svc-anti-violence-centre = Sentro laban sa karahasan (centro antiviolenza)
svc-anti-violence-centre-gives = Mga babaeng eksperto ang nakikinig at tumutulong. Libre at lihim ito. Kayo ang magpapasya kung ano ang gagawin.
svc-anti-violence-centre-for = Para sa mga babaeng dumaranas ng karahasan, kahit walang reklamo sa pulis.

svc-safe-house = Ligtas na tahanan (casa rifugio)
svc-safe-house-gives = Isang ligtas at lihim na lugar na matitirhan, pati kasama ang mga anak.
svc-safe-house-for = Para sa mga kailangang umalis ng bahay para maging ligtas.

svc-children-protection = Suporta para sa mga bata
svc-children-protection-gives = Tulong para sa mga batang nakakakita o nakakaranas ng karahasan sa bahay.
svc-children-protection-for = Para sa mga pamilyang may mga batang apektado.

svc-free-lawyer = Libreng abogado
svc-free-lawyer-gives = Isang abogadong binabayaran ng Estado, anuman ang kita.
svc-free-lawyer-for = Para sa mga dumaranas ng karahasan sa pamilya o stalking. Tumutulong ang sentro laban sa karahasan na makahanap nito.

svc-universal-benefit = Pangkalahatang tulong-pinansyal (Prestazione universale)
svc-universal-benefit-gives = Dagdag na 850 euro bawat buwan, bukod sa tulong-pinansyal para sa pag-aalaga (accompagnamento), para bayaran ang nag-aalaga sa bahay.
svc-universal-benefit-for = Para sa mga 80 taong gulang pataas, na may tulong-pinansyal para sa pag-aalaga (accompagnamento) at ISEE hanggang 6,000 euro.

svc-social-pension = Buwanang tulong para sa nakatatandang maliit ang kita (Assegno sociale)
svc-social-pension-gives = Pera bawat buwan mula sa INPS para sa mga may kaunti o walang pantustos sa buhay.
svc-social-pension-for = Para sa mga 67 taong gulang pataas na maliit ang kita. Kailangan ang 10 taon sa Italya.

svc-residential-care = Bahay-alagaan at panandaliang pananatili (RSA e ricoveri di sollievo)
svc-residential-care-gives = Isang puwesto sa isang pasilidad na may pag-aalaga, habambuhay o ilang linggo lang, para makapagpahinga ang pamilya.
svc-residential-care-for = Para sa mga hindi na puwedeng manatiling mag-isa sa bahay. Ang aplikasyon ay dumaraan sa PUA, na gumagawa ng pagsusuri.

svc-care-worker-help = Tulong para makahanap ng tagapag-alaga (badante)
svc-care-worker-help-gives = Tutulungan kayo ng tanggapan na makahanap ng mahusay na tagapag-alaga at gumawa ng kontrata.
svc-care-worker-help-for = Para sa mga pamilyang naghahanap ng mag-aalaga sa bahay sa isang nakatatanda.

svc-measure-b1 = Tulong para sa napakalubhang kapansanan (Misura B1)
svc-measure-b1-gives = Pera bawat buwan at isang plano ng pag-aalaga, para sa mga nag-aalaga sa bahay ng taong may napakalubhang kapansanan.
svc-measure-b1-for = Para sa mga may tulong-pinansyal para sa pag-aalaga (accompagnamento) at nangangailangan ng pag-aalaga araw at gabi. Sinusuri ito ng lokal na tanggapan ng kalusugan (Azienda sanitaria).

svc-support-administrator = Tagapangasiwang tumutulong (amministratore di sostegno)
svc-support-administrator-gives = Nagtatalaga ang hukom ng isang tao, madalas isang kapamilya, na tutulong sa pag-asikaso ng pera at mga papeles. Hindi kailangan ng abogado.
svc-support-administrator-for = Para sa mga hindi na kayang asikasuhin nang mag-isa ang pera at mga papeles.

svc-ticket-exemption = Libre sa bayad sa check-up at test (esenzione dal ticket)
svc-ticket-exemption-gives = Hindi kayo magbabayad ng bahagi ninyo (ticket) para sa mga check-up at test.
svc-ticket-exemption-for = Para sa mga batang wala pang 6 na taon at sa mga 65 taong gulang pataas, na may kita ng pamilya hanggang 36,152 euro. Para rin sa mga walang trabaho o may pinakamababang pensiyon, na maliit ang kita.

svc-attendance-frequency = Tulong-pinansyal para sa batang pumapasok sa paaralan o therapy (indennità di frequenza)
svc-attendance-frequency-gives = Pera bawat buwan mula sa INPS, sa mga buwang pumapasok ang bata sa paaralan o sa therapy.
svc-attendance-frequency-for = Para sa mga menor de edad na may pangmatagalang hirap, na pumapasok sa paaralan o sa therapy.

svc-uonpia = Serbisyo ng neuropsychiatry para sa mga bata (UONPIA)
svc-uonpia-gives = Mga doktor at therapist para sa mga bata at kabataang may hirap sa paglaki, sa pag-uugali o sa damdamin. Libre ito.
svc-uonpia-for = Para sa mga bata at kabataan hanggang 17 taong gulang.

svc-maternity-allowance = Tulong-pinansyal sa panganganak mula sa munisipyo (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Pera para sa nanay na walang ibang tulong sa panganganak, o kaunti lang. Dapat mag-apply sa munisipyo sa loob ng 6 na buwan mula sa kapanganakan.
svc-maternity-allowance-for = Para sa mga nanay na may ISEE hanggang 20,382 euro. Para sa mga galing sa labas ng European Union, kailangan ang pangmatagalang permiso (permesso di lungo periodo) o proteksyon.

svc-dedicated-card = Kard para sa pamimili ng pagkain (Carta Dedicata a te)
svc-dedicated-card-gives = Isang kard na may pera para sa pamimili ng pagkain. Hindi kailangang mag-apply: ang munisipyo ang pumipili ng mga pamilya mula sa mga listahan ng INPS.
svc-dedicated-card-for = Para sa mga pamilyang may hindi bababa sa 3 tao, may ISEE hanggang 15,000 euro at walang ibang tulong tulad ng ADI.

svc-over-indebtedness = Tulong sa mga utang (sovraindebitamento)
svc-over-indebtedness-gives = Tutulungan kayo ng isang eksperto na gumawa ng plano para bayaran ang mga utang sa abot ng makakaya. Minsan, binubura ng hukom ang bahagi ng mga ito.
svc-over-indebtedness-for = Para sa mga may utang na hindi na kayang bayaran.

svc-registered-residence = Residensya sa munisipyo (residenza)
svc-registered-residence-gives = Ang pagpaparehistro sa talaan ng mga residente ng munisipyo (anagrafe). Ang walang bahay ay puwedeng magkaroon ng residensya sa isang address ng munisipyo.
svc-registered-residence-for = Para sa mga nakatira sa munisipyo at wala pang residensya. Kung walang residensya, maraming tulong ang hindi makukuha.

svc-psychologist-bonus = Bonus para sa psychologist (bonus psicologo)
svc-psychologist-bonus-gives = Pera para bayaran ang ilang sesyon sa isang psychologist. Nag-a-apply kapag binuksan ang panawagan (bando).
svc-psychologist-bonus-for = Para sa mga may pagkabalisa, kalungkutan o stress, na may ISEE hanggang 50,000 euro.

svc-italian-citizenship = Pagkamamamayang Italyano (cittadinanza italiana)
svc-italian-citizenship-gives = Tulong sa pag-apply para maging mamamayang Italyano.
svc-italian-citizenship-for = Para sa mga may residensya sa Italya nang 10 taon, 5 taon para sa mga refugee, 4 na taon para sa mga mamamayan ng European Union. Kailangan ang Italyano sa antas B1.

svc-freedom-income = Kita para sa kalayaan (Reddito di libertà)
svc-freedom-income-gives = Hanggang 500 euro bawat buwan sa loob ng isang taon, para magsimula ulit ng buhay na nakapag-iisa.
svc-freedom-income-for = Para sa mga babaeng umaalis sa karahasan. Sinusuportahan sila ng isang sentro laban sa karahasan kasama ang munisipyo.

svc-violence-permit = Permiso sa paninirahan para sa mga dumaranas ng karahasan (permesso di soggiorno)
svc-violence-permit-gives = Isang permisong hindi nakadepende sa partner. Pinoprotektahan nito ang nagsusumbong o humihingi ng tulong sa sentro laban sa karahasan.
svc-violence-permit-for = Para sa mga dayuhang dumaranas ng karahasan sa pamilya.

svc-food-aid-urgent = Ngayon din: pumunta sa Caritas o sa Tanggapang Panlipunan (Sportello Sociale). Bibigyan kayo ng pagkain kahit walang dokumento.
svc-night-shelter-urgent = Ngayong gabi: tawagan ang serbisyong pang-emerhensiyang panlipunan ng munisipyo (Pronto Intervento Sociale), sumasagot ito pati sa gabi. O pumunta ngayong araw sa Tanggapang Panlipunan (Sportello Sociale).
svc-emergency-112-urgent = Kung nasa panganib ngayon: tumawag sa 112. Laging sumasagot, pati sa ibang wika.
svc-helpline-1522-urgent = Tumawag sa 1522: libre ito, sumasagot araw at gabi, pati sa ibang wika. Puwede rin kayong sumulat sa chat.
svc-anti-violence-centre-urgent = Nakikinig at tumutulong ang sentro laban sa karahasan (centro antiviolenza), kahit walang reklamo sa pulis. Ang 1522 ang mag-uugnay sa inyo.
svc-safe-house-urgent = Kung hindi kayo puwedeng manatili sa bahay, ang 1522 at ang sentro laban sa karahasan ay makakahanap ng ligtas na lugar, kahit ngayong araw.

rule-needs-personal-care = Kailangan ng tulong sa paliligo, sa gawaing-bahay o sa paggalaw.
rule-cannot-cook = Kailangan ng tulong sa pagluluto.
rule-lives-alone = Para ito sa mga mag-isang nakatira.
rule-may-need-quick-help = Para ito sa mga maaaring mangailangan agad ng tulong.
rule-invalidity-not-recognised = Para ito sa mga wala pang kinikilalang kapansanan (invalidità).
rule-over-65 = Para ito sa mga 65 taong gulang pataas.
rule-needs-care-during-day = Kailangan ng pag-aalaga sa araw.
rule-law-104-not-recognised = Para ito sa mga wala pang pagkilala sa ilalim ng Batas 104 (Legge 104).
rule-hard-to-move-around = Para ito sa mga nahihirapang gumalaw o pumarada.
rule-needs-transport = Para ito sa mga nangangailangan ng transportasyon.
rule-wants-work = Para ito sa mga naghahanap ng trabaho.
rule-working-age = Para ito sa mga 16 hanggang 66 taong gulang.
rule-needs-school-support = Para ito sa mga nangangailangan ng tulong sa paaralan.
rule-school-age = Para ito sa mga 3 hanggang 20 taong gulang.
rule-needs-daily-care = Para ito sa mga nangangailangan ng pag-aalaga araw-araw.
rule-adult = Para ito sa mga 18 taong gulang pataas.
rule-age-18-to-66 = Para ito sa mga 18 hanggang 66 taong gulang.
rule-has-children-or-expecting = Para ito sa mga may anak o nagdadalang-tao.
rule-child-under-3 = Para ito sa mga may anak na wala pang 3 taon.
rule-needs-childcare = Para ito sa mga nangangailangan ng magbabantay sa mga bata.
rule-isee-up-to-15748 = Kailangan ang ISEE na hanggang 15,748 euro.
rule-parenting-or-expecting = Para ito sa mga magulang na gustong magpatulong at sa mga nagdadalang-tao.
rule-isee-up-to-40000 = Kailangan ang ISEE na hanggang 40,000 euro.
rule-household-with-minor-disabled-or-over-60 = Dapat may menor de edad, taong may kapansanan o taong higit 60 taong gulang sa pamilya.
rule-isee-up-to-10140 = Kailangan ang ISEE na hanggang 10,140 euro.
rule-age-18-to-59 = Para ito sa mga 18 hanggang 59 taong gulang.
rule-without-work = Para ito sa mga walang trabaho.
rule-lost-job = Para ito sa mga nawalan ng trabaho.
rule-not-by-choice = Dapat natapos ang trabaho nang hindi ginusto.
rule-age-16-to-66 = Para ito sa mga 16 hanggang 66 taong gulang.
rule-no-isee-yet = Para ito sa mga wala pang ISEE.
rule-not-enough-food = Para ito sa mga walang sapat na pagkain.
rule-cannot-pay-basics = Para ito sa mga hindi makabayad ng pagkain o ng mga bill.
rule-pays-rent = Para ito sa mga umuupa ng bahay.
rule-isee-up-to-26000 = Kailangan ang ISEE na hanggang 26,000 euro.
rule-no-own-home = Para ito sa mga walang sariling bahay.
rule-isee-up-to-16000 = Kailangan ang ISEE na hanggang 16,000 euro.
rule-losing-home = Para ito sa mga malapit nang mawalan ng bahay o walang bahay.
rule-nowhere-to-sleep = Para ito sa mga walang matutulugan ngayong gabi.
rule-no-family-doctor = Para ito sa mga walang doktor ng pamilya.
rule-can-register-with-health-service = Kailangan ang pagkamamamayan sa European Union o permisong may bisa.
rule-without-valid-permit = Para ito sa mga walang permisong may bisa.
rule-needs-care-at-home = Para ito sa mga nangangailangan ng pagpapagamot sa bahay.
rule-mental-health = Para ito sa mga may problema sa kalusugan ng isip.
rule-addiction = Para ito sa mga may adiksyon.
rule-pregnancy-or-family-health = Para ito sa pagbubuntis at sa kalusugan ng kababaihan.
rule-permit-expiring-or-expired = Para ito sa mga may permisong mag-e-expire o expired na.
rule-family-abroad = Para ito sa mga gustong papuntahin sa Italya ang kanilang pamilya.
rule-valid-permit = Kailangan ang permisong may bisa.
rule-five-years-in-italy = Kailangan ang hindi bababa sa 5 taon sa Italya.
rule-learning-italian = Para ito sa mga gustong matuto ng Italyano.
rule-without-valid-permit-or-asylum = Para ito sa mga walang permisong may bisa o humingi ng asylum.
rule-in-danger-now = Para ito sa mga nasa panganib ngayon.
rule-no-safe-place = Para ito sa mga walang ligtas na mapupuntahan.
rule-children-involved = Para ito sa mga may batang apektado.
rule-resident-here = Kailangan ang residensya (residenza) sa munisipyo.
rule-permit-for-municipal-services = Ang hindi mamamayan ng European Union ay dapat may permiso. Puwede rin ang resibo ng renewal.
rule-needs-constant-care = Para ito sa mga nangangailangan ng laging kasama.
rule-invalidity-100-or-pending = Kailangan ang 100% na kapansanan, kahit nakabinbin pa ang aplikasyon.
rule-over-80 = Para ito sa mga 80 taong gulang pataas.
rule-has-attendance-allowance = Kailangan ang tulong-pinansyal para sa pag-aalaga (indennità di accompagnamento).
rule-isee-up-to-6000 = Kailangan ang ISEE na hanggang 6,000 euro.
rule-age-67-or-more = Para ito sa mga 67 taong gulang pataas.
rule-income-up-to-583-a-month = Dapat hanggang mga 583 euro bawat buwan ang kita.
rule-ten-years-in-italy = Kailangan ang hindi bababa sa 10 taon sa Italya.
rule-permit-for-social-pension = Para sa mga galing sa labas ng European Union, kailangan ang pangmatagalang permiso (permesso di lungo periodo) o proteksyon.
rule-severe-disability = Kailangan ang tulong-pinansyal para sa pag-aalaga (accompagnamento) o ang Batas 104 (Legge 104) sa malubhang kalagayan.
rule-has-carer = Kailangan ang kapamilya o tagapag-alaga (badante) na nag-aalaga sa bahay.
rule-cannot-manage-money = Para ito sa mga hindi kayang asikasuhin ang pera at mga papeles nang walang tulong.
rule-under-6-or-over-65 = Para ito sa mga batang wala pang 6 na taon at sa mga 65 taong gulang pataas.
rule-invalidity-46-or-more = Kailangan ang kapansanang 46% pataas.
rule-minor = Para ito sa mga wala pang 18 taong gulang.
rule-needs-school-or-care = Para ito sa mga nangangailangan ng tulong sa paaralan o ng pag-aalaga araw-araw.
rule-no-attendance-allowance = Hindi ito makukuha kasabay ng tulong-pinansyal para sa pag-aalaga (accompagnamento).
rule-invalidity-74-or-more = Kailangan ang kapansanang 74% pataas.
rule-child-mind-or-development = Para ito sa mga hirap sa paglaki, sa paaralan o sa damdamin.
rule-child-at-secondary-school = Para ito sa mga may anak sa middle school o high school.
rule-child-3-to-13 = Para ito sa mga may anak na 3 hanggang 13 taong gulang.
rule-baby-born-recently = Para ito sa batang kapapanganak o kaaampon lang.
rule-isee-up-to-20382 = Kailangan ang ISEE na hanggang 20,382 euro.
rule-permit-for-inclusion = Para sa mga galing sa labas ng European Union, kailangan ang pangmatagalang permiso (permesso di lungo periodo) o proteksyon.
rule-isee-for-energy-bonus = Kailangan ang ISEE na hanggang 9,530 euro, o hanggang 20,000 euro kung may hindi bababa sa 4 na anak.
rule-isee-up-to-15000 = Kailangan ang ISEE na hanggang 15,000 euro.
rule-household-of-3-or-more = Para ito sa mga pamilyang may hindi bababa sa 3 tao.
rule-cannot-repay-debts = Para ito sa mga may utang na hindi kayang bayaran.
rule-not-resident = Para ito sa mga wala pang residensya sa munisipyo.
rule-isee-up-to-50000 = Kailangan ang ISEE na hanggang 50,000 euro.
rule-valid-permit-not-long-term = Kailangan ang permisong may bisa, na hindi pa pangmatagalan.
rule-years-for-citizenship = Kailangan ang 10 taon ng residensya sa Italya. Sapat na ang 5 taon para sa mga refugee at 4 para sa mga mamamayan ng European Union.
rule-needs-money-to-leave = Para ito sa mga nangangailangan ng pera para mamuhay nang nakapag-iisa.
rule-not-eu-citizen = Para ito sa mga galing sa labas ng European Union.
rule-isee-for-b2 = Kailangan ang ISEE na hanggang 25,000 euro, o hanggang 40,000 euro para sa menor de edad.
rule-has-eviction-notice = Para ito sa mga nakatanggap ng kautusan ng pagpapaalis sa bahay (sfratto) dahil hindi sila makabayad.
rule-permit-for-family-benefits = Ang hindi mamamayan ng European Union ay dapat may permisong nagpapahintulot na magtrabaho.
rule-income-for-ticket = Dapat hanggang mga 2,780 euro bawat buwan ang kita.
rule-age-17-or-more = Para ito sa mga 17 taong gulang pataas.
