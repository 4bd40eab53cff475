# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Oo
answer-no = Hindi
answer-dont-know = Hindi ko alam

unit-years = taon
unit-euro = euro
unit-children = anak
unit-euro-month = euro bawat buwan
unit-people = tao
unit-years-count = { $count ->
    [one] taon
   *[other] taon
  }
unit-euro-count = { $count ->
   *[other] euro
  }
unit-children-count = { $count ->
    [one] anak
   *[other] anak
  }
unit-euro-month-count = { $count ->
   *[other] euro bawat buwan
  }
unit-people-count = { $count ->
    [one] tao
   *[other] tao
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] Ilang taon na kayo?
   *[other] Ilang taon na ang taong tinutulungan ninyo?
  }
q-age-short = Edad
q-age-why = May mga tulong na para lang sa mga nasa partikular na edad.

q-lives-alone = { $who ->
    [me] Mag-isa ba kayong nakatira?
   *[other] Mag-isa bang nakatira ang taong tinutulungan ninyo?
  }
q-lives-alone-short = Mag-isang nakatira

q-daily-help = { $who ->
    [me] Ano ang mahirap ninyong gawin nang walang tulong, sa ngayon?
   *[other] Ano ang mahirap gawin ng taong tinutulungan ninyo nang walang tulong, sa ngayon?
  }
q-daily-help-short = Ano ang mahirap
q-daily-help-washing = Maligo at magbihis
q-daily-help-meals = Magluto at kumain
q-daily-help-housework = Maglinis ng bahay
q-daily-help-moving = Gumalaw sa loob ng bahay o lumabas
q-daily-help-medicines = Uminom ng gamot
q-daily-help-none = Wala sa mga ito

q-alone-risk = { $who ->
    [me] Nangyayari bang kailangan ninyo agad ng tulong, halimbawa pagkatapos matumba?
   *[other] Nangyayari bang kailangan agad ng tulong ng taong tinutulungan ninyo, halimbawa pagkatapos matumba?
  }
q-alone-risk-short = Maaaring kailanganin agad ng tulong
q-alone-risk-why = Ang mga mag-isang nakatira ay puwedeng magkaroon ng aparatong may isang pindutan para tumawag ng tulong.

q-invalidity = { $who ->
    [me] Mayroon ba kayong kinikilalang kapansanan (invalidità civile)?
   *[other] Mayroon bang kinikilalang kapansanan (invalidità civile) ang taong tinutulungan ninyo?
  }
q-invalidity-short = Kinikilalang kapansanan (invalidità civile)
q-invalidity-100-attendance = { $who ->
    [me] Oo, 100% at may tulong-pinansyal ako para sa pag-aalaga (indennità di accompagnamento)
   *[other] Oo, 100% at may tulong-pinansyal siya para sa pag-aalaga (indennità di accompagnamento)
  }
q-invalidity-100 = Oo, 100%, walang tulong-pinansyal para sa pag-aalaga (accompagnamento)
q-invalidity-74-99 = Oo, mula 74% hanggang 99%
q-invalidity-46-73 = Oo, mula 46% hanggang 73%
q-invalidity-34-45 = Oo, mula 34% hanggang 45%
q-invalidity-pending = { $who ->
    [me] Nag-apply na ako, hinihintay ko ang sagot
   *[other] Nag-apply na siya, hinihintay niya ang sagot
  }
q-invalidity-no = Wala
q-invalidity-term-title = Ano ang ibig sabihin ng invalidità civile?
q-invalidity-term = Ito ang opisyal na pagkilala na nililimitahan ng isang sakit ang pang-araw-araw na buhay. Isang komisyon ng mga doktor ng INPS ang nagpapasya nito at isinusulat ito sa porsiyento sa opisyal na ulat (verbale). Nagbibigay ito ng karapatan sa tulong at sa pera.

q-carer = { $who ->
    [me] May kapamilya o tagapag-alaga (badante) ba na nag-aalaga sa inyo sa bahay?
   *[other] May nag-aalaga ba sa taong tinutulungan ninyo sa bahay: kayo, isang kapamilya o isang tagapag-alaga (badante)?
  }
q-carer-short = Sino ang nag-aalaga sa bahay

q-has-isee = { $who ->
    [me] May ISEE ba kayo na may bisa ngayong taon?
   *[other] May ISEE ba na may bisa ngayong taon ang pamilya ng taong tinutulungan ninyo?
  }
q-has-isee-short = ISEE
q-has-isee-why = Maraming tulong ang nakadepende sa ISEE. Kung wala kayo nito, sasabihin namin kung saan ito magagawa nang libre.
q-has-isee-term-title = Ano ang ISEE?
q-has-isee-term = Ito ay isang numero na sumusukat kung gaano karami ang mayroon ang isang pamilya: kita, bahay, ipon. Libre itong ginagawa ng mga CAF. May bisa ito hanggang Disyembre 31.

q-isee = { $who ->
    [me] Magkano ang inyong ISEE?
   *[other] Magkano ang ISEE ng taong tinutulungan ninyo?
  }
q-isee-short = Halaga ng ISEE

q-law-104 = { $who ->
    [me] Kinikilala ba kayo sa ilalim ng Batas 104 (Legge 104)?
   *[other] Kinikilala ba ang taong tinutulungan ninyo sa ilalim ng Batas 104 (Legge 104)?
  }
q-law-104-short = Batas 104 (Legge 104)
q-law-104-term-title = Ano ang Batas 104 (Legge 104)?
q-law-104-severe = Oo, sa malubhang kalagayan (artikulo 3, talata 3)
q-law-104-term = Ito ang batas tungkol sa mga taong may kapansanan. Kapag kinilala, may mga araw na puwedeng lumiban sa trabaho (permessi) at iba pang tulong. Sinasabi ng opisyal na ulat (verbale) kung malubha ang kalagayan.

q-disability-needs = { $who ->
    [me] Sa ano kayo nangangailangan ng tulong?
   *[other] Sa ano nangangailangan ng tulong ang taong tinutulungan ninyo?
  }
q-disability-needs-short = Tulong na kailangan
q-disability-needs-daily-care = Pang-araw-araw na pag-aalaga, pati sa araw sa labas ng bahay
q-disability-needs-transport = Transportasyon, halimbawa papunta sa check-up o sa sentro
q-disability-needs-parking = Pumarada malapit sa mga lugar na pinupuntahan
q-disability-needs-work = Humanap o manatili sa trabaho
q-disability-needs-school = Pumasok sa paaralan
q-disability-needs-none = Wala sa mga ito

q-children = { $who ->
    [me] Ilang anak na wala pang 21 taong gulang ang nakatira kasama ninyo?
   *[other] Ilang anak na wala pang 21 taong gulang ang nakatira kasama ng taong tinutulungan ninyo?
  }
q-children-short = Mga anak na wala pang 21 taon
q-children-why = May tulong para sa bawat anak. Kung walang anak, isulat ang 0.

q-children-ages = { $who ->
    [me] Ilang taon na ang inyong mga anak? Piliin ang lahat ng tamang edad.
   *[other] Ilang taon na ang mga anak ng taong tinutulungan ninyo? Piliin ang lahat ng tamang edad.
  }
q-children-ages-short = Edad ng mga anak
q-children-ages-under-1 = Wala pang 1 taon
q-children-ages-1-2 = 1 o 2 taon (daycare, nido)
q-children-ages-3-5 = Mula 3 hanggang 5 taon (preschool, scuola dell'infanzia)
q-children-ages-6-10 = Mula 6 hanggang 10 taon (elementarya, scuola primaria)
q-children-ages-11-13 = Mula 11 hanggang 13 taon (middle school, scuola media)
q-children-ages-14-18 = Mula 14 hanggang 18 taon (high school, scuola superiore)
q-children-ages-19-20 = 19 o 20 taon

q-newborn = { $who ->
    [me] Ipinanganak ba ang bata, o dumating ba siya sa inyong pamilya, sa nakaraang 6 na buwan?
   *[other] Ipinanganak ba ang bata, o dumating ba siya sa pamilya ng taong tinutulungan ninyo, sa nakaraang 6 na buwan?
  }
q-newborn-short = Batang ipinanganak sa nakaraang 6 na buwan
q-newborn-why = Para sa ilang tulong, dapat mag-apply sa loob ng ilang buwan mula sa kapanganakan o sa pag-ampon.

q-pregnant = { $who ->
    [me] Nagdadalang-tao ba kayo?
   *[other] Nagdadalang-tao ba ang taong tinutulungan ninyo?
  }
q-pregnant-short = Nagdadalang-tao

q-family-needs = { $who ->
    [me] Sa ano kayo nangangailangan ng tulong para sa mga anak?
   *[other] Sa ano nangangailangan ng tulong para sa mga anak ang taong tinutulungan ninyo?
  }
q-family-needs-short = Tulong sa mga anak
q-family-needs-childcare = Isang taong magbabantay sa maliliit na bata
q-family-needs-parenting = Payo o suporta bilang magulang
q-family-needs-none = Wala sa mga ito

q-work-status = { $who ->
    [me] May trabaho ba kayo ngayon?
   *[other] May trabaho ba ngayon ang taong tinutulungan ninyo?
  }
q-work-status-short = Trabaho
q-work-status-employed = { $who ->
    [me] Oo, nagtatrabaho ako
   *[other] Oo, nagtatrabaho siya
  }
q-work-status-lost-job = { $who ->
    [me] Kamakailan lang ako nawalan ng trabaho
   *[other] Kamakailan lang siya nawalan ng trabaho
  }
q-work-status-unemployed = { $who ->
    [me] Matagal na akong walang trabaho
   *[other] Matagal na siyang walang trabaho
  }
q-work-status-retired = { $who ->
    [me] Retirado na ako
   *[other] Retirado na siya
  }
q-work-status-student = { $who ->
    [me] Nag-aaral ako
   *[other] Nag-aaral siya
  }

q-job-lost-involuntary = { $who ->
    [me] Natapos ba ang trabaho ninyo nang hindi ninyo ito ginusto?
   *[other] Natapos ba ang trabaho ng taong tinutulungan ninyo nang hindi niya ito ginusto?
  }
q-job-lost-involuntary-short = Natapos ang trabaho nang hindi ginusto
q-job-lost-involuntary-why = Halimbawa, pagkatanggal sa trabaho o kontratang natapos. Ang kusang umalis sa trabaho ay karaniwang walang NASpI.

q-household = { $who ->
    [me] Sino ang nakatira kasama ninyo?
   *[other] Sino ang nakatira kasama ng taong tinutulungan ninyo?
  }
q-household-short = Kasama sa pamilya
q-household-minor = Isang anak na wala pang 18 taon
q-household-disabled = Isang taong may kapansanan
q-household-over-60 = Isang taong higit 60 taong gulang
q-household-none = Wala sa mga ito
q-household-why = Ang buwanang tulong para sa inklusyon (Assegno di Inclusione) ay para sa mga pamilyang may ganitong mga tao. Binibilang din ang edad ng humihingi ng tulong.

q-food = { $who ->
    [me] May sapat ba kayong pagkain para sa mga susunod na araw?
   *[other] May sapat bang pagkain ang taong tinutulungan ninyo para sa mga susunod na araw?
  }
q-food-short = Pagkain para sa mga susunod na araw

q-bills = { $who ->
    [me] Nahihirapan ba kayong magbayad ng bill sa kuryente, gas o tubig?
   *[other] Nahihirapan ba ang taong tinutulungan ninyo na magbayad ng bill sa kuryente, gas o tubig?
  }
q-bills-short = Hirap sa pagbabayad ng bill

q-housing-situation = { $who ->
    [me] Saan kayo nakatira ngayon?
   *[other] Saan nakatira ngayon ang taong tinutulungan ninyo?
  }
q-housing-situation-short = Saan nakatira
q-housing-situation-rent = Umuupa
q-housing-situation-own = Sa sariling bahay
q-housing-situation-guest = Nakikitira sa mga kaibigan o kamag-anak
q-housing-situation-no-home = { $who ->
    [me] Wala akong bahay
   *[other] Wala siyang bahay
  }

q-sleep-tonight = { $who ->
    [me] May ligtas ba kayong lugar na matutulugan ngayong gabi?
   *[other] May ligtas bang lugar na matutulugan ngayong gabi ang taong tinutulungan ninyo?
  }
q-sleep-tonight-short = Matutulugan ngayong gabi

q-eviction = { $who ->
    [me] Nakatanggap ba kayo ng kautusan ng pagpapaalis sa bahay (sfratto)?
   *[other] Nakatanggap ba ng kautusan ng pagpapaalis sa bahay (sfratto) ang taong tinutulungan ninyo?
  }
q-eviction-short = Pagpapaalis sa bahay (sfratto)
q-eviction-term-title = Ano ang sfratto?
q-eviction-term = Ito ang kautusan kung saan inuutos ng hukom na umalis sa inuupahang bahay. Karaniwan itong dumarating pagkatapos ng ilang buwang hindi nabayarang upa.

q-rent-arrears = { $who ->
    [me] May upa ba kayong hindi pa nababayaran?
   *[other] May upa bang hindi pa nababayaran ang taong tinutulungan ninyo?
  }
q-rent-arrears-short = May hindi nabayarang upa

q-has-doctor = { $who ->
    [me] May doktor ng pamilya (medico di famiglia) ba kayo?
   *[other] May doktor ng pamilya (medico di famiglia) ba ang taong tinutulungan ninyo?
  }
q-has-doctor-short = Doktor ng pamilya

q-citizenship = { $who ->
    [me] Ano ang inyong pagkamamamayan (citizenship)?
   *[other] Ano ang pagkamamamayan (citizenship) ng taong tinutulungan ninyo?
  }
q-citizenship-short = Pagkamamamayan
q-citizenship-italian = Italya
q-citizenship-eu = Ibang bansa sa European Union
q-citizenship-non-eu = Bansang nasa labas ng European Union
q-citizenship-why = Para sa mga galing sa labas ng European Union, iba ang ilang patakaran.

q-permit = { $who ->
    [me] May permiso sa paninirahan (permesso di soggiorno) ba kayo?
   *[other] May permiso sa paninirahan (permesso di soggiorno) ba ang taong tinutulungan ninyo?
  }
q-permit-short = Permiso sa paninirahan
q-permit-valid = Oo, may bisa
q-permit-long-term = Oo, pangmatagalan (hindi ito mag-e-expire)
q-permit-refugee = Oo, bilang refugee (status di rifugiato)
q-permit-subsidiary = Oo, para sa subsidiary protection (protezione sussidiaria)
q-permit-asylum-seeker = { $who ->
    [me] Humingi ako ng asylum at hinihintay ko ang sagot
   *[other] Humingi siya ng asylum at hinihintay niya ang sagot
  }
q-permit-receipt = { $who ->
    [me] Nag-apply ako ng renewal at may resibo ako
   *[other] Nag-apply siya ng renewal at may resibo siya
  }
q-permit-expiring = Oo, pero mag-e-expire ito sa loob ng 2 buwan
q-permit-expired = Oo, pero expired na ito
q-permit-none = Wala
q-permit-term-title = Ano ang permesso di soggiorno?
q-permit-term = Ito ang dokumentong nagpapahintulot sa mga galing sa labas ng European Union na manatili sa Italya. Ibinibigay ito ng himpilan ng pulisya (Questura). Ang resibo ng renewal ay may bisa tulad ng permiso.

q-health-needs = { $who ->
    [me] Ano ang kailangan ninyo para sa inyong kalusugan?
   *[other] Ano ang kailangan ng taong tinutulungan ninyo para sa kanyang kalusugan?
  }
q-health-needs-short = Pangangailangang pangkalusugan
q-health-needs-home-care = Pag-aalaga sa bahay, halimbawa ng isang nars
q-health-needs-mental-health = Tulong para sa pagkabalisa, kalungkutan o iba pang problema sa kalusugan ng isip
q-health-needs-addiction = Tulong para sa alak, droga o sugal
q-health-needs-pregnancy = Pagbubuntis, kontrasepsyon o kalusugan ng kababaihan
q-health-needs-none = Wala sa mga ito

q-years-italy = { $who ->
    [me] Ilang taon na kayong nakatira sa Italya?
   *[other] Ilang taon nang nakatira sa Italya ang taong tinutulungan ninyo?
  }
q-years-italy-short = Mga taon sa Italya
q-years-italy-why = May mga tulong na nangangailangan ng partikular na bilang ng taon sa Italya. Pagkalipas ng 5 taon, puwedeng humingi ng permisong hindi nag-e-expire.

q-family-abroad = { $who ->
    [me] Gusto ba ninyong papuntahin sa Italya ang inyong pamilya?
   *[other] Gusto ba ng taong tinutulungan ninyo na papuntahin sa Italya ang kanyang pamilya?
  }
q-family-abroad-short = Pamilyang papupuntahin

q-italian-level = { $who ->
    [me] Gaano kayo kahusay magsalita ng Italyano?
   *[other] Gaano kahusay magsalita ng Italyano ang taong tinutulungan ninyo?
  }
q-italian-level-short = Italyano
q-italian-level-none = Hindi talaga
q-italian-level-basic = Kaunti
q-italian-level-good = Mahusay

q-danger-now = { $who ->
    [me] Nasa panganib ba kayo ngayon?
   *[other] Nasa panganib ba ngayon ang taong tinutulungan ninyo?
  }
q-danger-now-short = Nasa panganib ngayon

q-safe-place = { $who ->
    [me] May ligtas ba kayong mapupuntahan kung kailangan ninyong umalis ng bahay?
   *[other] May ligtas bang mapupuntahan ang taong tinutulungan ninyo kung kailangan niyang umalis ng bahay?
  }
q-safe-place-short = Ligtas na mapupuntahan

q-children-involved = { $who ->
    [me] May mga bata bang nakakakita o nakakaranas ng karahasang ito?
   *[other] May mga bata bang nakakakita o nakakaranas ng karahasang ito?
  }
q-children-involved-short = Mga batang apektado

q-needs-constant-care = { $who ->
    [me] Kailangan ba ninyo ng taong nasa tabi ninyo buong araw, o pati sa gabi?
   *[other] Kailangan ba ng taong tinutulungan ninyo ng taong nasa tabi niya buong araw, o pati sa gabi?
  }
q-needs-constant-care-short = Kailangan ng laging kasama
q-needs-constant-care-why = Ang hindi puwedeng maiwang mag-isa ay puwedeng makakuha ng mas maraming tulong, sa pera at sa pag-aalaga.

q-manages-money = { $who ->
    [me] Kaya ba ninyong asikasuhin nang walang tulong ang pera at mga papeles, tulad ng bangko at mga bill?
   *[other] Kaya ba ng taong tinutulungan ninyo na asikasuhin nang walang tulong ang pera at mga papeles, tulad ng bangko at mga bill?
  }
q-manages-money-short = Naaasikaso ang pera at papeles
q-manages-money-why = Kung hindi na ito kaya ng isang tao, puwedeng magtalaga ang hukom ng isang taong tutulong sa kanya.

q-municipality = { $who ->
    [me] Saang munisipyo (Comune) kayo nakatira?
   *[other] Saang munisipyo (Comune) nakatira ang taong tinutulungan ninyo?
  }
q-municipality-short = Munisipyong tinitirhan
q-municipality-why = Tinutulungan ng bawat munisipyo ang mga nakatira doon. Kaya uunahin naming ipakita ang tanggapan ng inyong munisipyo.
q-municipality-other = Ibang munisipyo, wala sa listahang ito

q-resident = { $who ->
    [me] Nakarehistro ba ang inyong residensya (residenza) sa munisipyong tinitirhan ninyo?
   *[other] Nakarehistro ba ang residensya (residenza) ng taong tinutulungan ninyo sa munisipyong tinitirhan niya?
  }
q-resident-short = Residensya sa munisipyo
q-resident-why = Maraming tulong ng munisipyo ang para sa mga may residensya doon.
q-resident-term-title = Ano ang residenza?
q-resident-term = Ibig sabihin nito ay nakasulat kayo sa talaan ng mga residente (anagrafe) ng munisipyong tinitirhan ninyo. Hinihingi ito sa tanggapan ng anagrafe. Kahit ang walang bahay ay puwedeng magkaroon nito.

q-monthly-income = { $who ->
    [me] Magkano ang perang pumapasok sa inyo bawat buwan, lahat-lahat?
   *[other] Magkano ang perang pumapasok sa taong tinutulungan ninyo bawat buwan, lahat-lahat?
  }
q-monthly-income-short = Kita bawat buwan
q-monthly-income-why = Binibilang ang pensiyon at lahat ng iba pang kita. Ang may maliit na kita ay puwedeng makakuha ng tulong mula sa INPS.

q-household-size = { $who ->
    [me] Ilang tao ang nakatira sa bahay, kasama kayo?
   *[other] Ilang tao ang nakatira sa bahay, kasama ang taong tinutulungan ninyo?
  }
q-household-size-short = Mga tao sa bahay
q-household-size-why = May mga tulong na para sa mga pamilyang may hindi bababa sa 3 tao.

q-debts = { $who ->
    [me] May mga utang ba kayo na hindi na ninyo kayang bayaran?
   *[other] May mga utang ba ang taong tinutulungan ninyo na hindi na niya kayang bayaran?
  }
q-debts-short = Mga utang na hindi kayang bayaran

q-needs-money = { $who ->
    [me] Kailangan ba ninyo ng pera para mamuhay nang nakapag-iisa?
   *[other] Kailangan ba ng taong tinutulungan ninyo ng pera para mamuhay nang nakapag-iisa?
  }
q-needs-money-short = Kailangan ng pera para makapagsimula ulit
q-needs-money-why = May tulong na pera para sa mga umaalis sa karahasan at gustong magsimula ulit.
