doc-identity = Dokumento ng pagkakakilanlan (ID)
doc-identity-what = ID card (carta d'identità), pasaporte o lisensya sa pagmamaneho.
doc-identity-where = Kung wala kayo nito, ang ID card (carta d'identità) ay hinihingi sa talaan ng mga residente ng munisipyo (anagrafe del Comune).

doc-health-card = Kard pangkalusugan (tessera sanitaria)
doc-health-card-what = Ang berde o asul na kard na may numero ng buwis (codice fiscale).
doc-health-card-where = Ipinapadala ito ng Ahensiya ng Buwis (Agenzia delle Entrate). Kung nawala ninyo ito, humingi sa lokal na tanggapan ng kalusugan (Azienda sanitaria).

doc-isee = Sertipiko ng ISEE (Attestazione ISEE)
doc-isee-what = Ang papel na may halaga ng ISEE ng pamilya, na may bisa ngayong taon.
doc-isee-where = Libre itong ginagawa ng isang CAF, o kayo mismo sa website ng INPS.

doc-permit = Permiso sa paninirahan (permesso di soggiorno)
doc-permit-what = Ang permisong may bisa, o ang resibo ng aplikasyon para sa renewal.
doc-permit-where = Ibinibigay ito ng himpilan ng pulisya (Questura).

doc-passport = Pasaporte
doc-passport-what = Ang pasaporte ng inyong bansa. Para sa permiso sa paninirahan (permesso di soggiorno), dapat may bisa ito at hindi expired.
doc-passport-where = Ibinibigay ito ng konsulado o embahada ng inyong bansa.

doc-medical-report = Mga sertipiko ng doktor
doc-medical-report-what = Mga papel mula sa doktor o ospital na nagpapaliwanag ng sakit.
doc-medical-report-where = Hingin ang mga ito sa inyong doktor ng pamilya (medico di famiglia) o sa ospital.

doc-invalidity-report = Opisyal na ulat tungkol sa kapansanan (verbale di invalidità)
doc-invalidity-report-what = Ang papel ng mga doktor na nagsasabi kung gaano kalaki ang inyong kapansanan, sa porsiyento.
doc-invalidity-report-where = Ipinapadala ito ng INPS. Puwede rin ninyo itong i-download sa website ng INPS.

doc-income = Mga patunay ng kita
doc-income-what = Ang mga huling payslip (buste paga), ang form na CU (modello CU) o ang deklarasyon ng kita para sa buwis (dichiarazione dei redditi).
doc-income-where = Ibinibigay ang mga ito ng employer o ng INPS. Matutulungan kayo ng isang CAF na hanapin ang mga ito.

doc-bank-details = IBAN
doc-bank-details-what = Ang code ng inyong account sa bangko o sa post office, para makatanggap ng pera.
doc-bank-details-where = Makikita ninyo ito sa mga papel ng bangko o ng post office, o sa app.

doc-bank-statements = Balanse at average na laman ng account (saldo e giacenza)
doc-bank-statements-what = Magkano ang laman ng account noong Disyembre 31 dalawang taon na ang nakaraan, at ang average sa taong iyon. Para sa ISEE ng 2026, ang 2024 ang binibilang.
doc-bank-statements-where = Hingin ito sa bangko o sa post office.

doc-job-end = Sulat ng pagtatapos ng trabaho
doc-job-end-what = Ang sulat ng pagkatanggal sa trabaho (lettera di licenziamento) o ang kontratang natapos na.
doc-job-end-where = Ibinibigay ito ng employer.

doc-rent-contract = Kontrata ng upa
doc-rent-contract-what = Ang nakarehistrong kontrata ng bahay na tinitirhan ninyo.
doc-rent-contract-where = Nasa may-ari ng bahay ito. Humingi sa kanya ng kopya.

doc-rent-receipts = Mga resibo ng upa
doc-rent-receipts-what = Ang mga patunay na nagbayad kayo ng upa, halimbawa ang mga bank transfer (bonifico).
doc-rent-receipts-where = Makikita ninyo ang mga ito sa bangko, o hingin ang mga ito sa may-ari ng bahay.

doc-eviction-notice = Kautusan ng pagpapaalis (atto di sfratto)
doc-eviction-notice-what = Ang papel mula sa korte tungkol sa pagpapaalis sa bahay.
doc-eviction-notice-where = Dumating ito sa inyo sa koreo o dinala ng isang opisyal ng korte (ufficiale giudiziario).

doc-bills = Mga bill
doc-bills-what = Ang mga huling bill ng kuryente, gas o tubig.
doc-bills-where = Dumarating ang mga ito sa koreo o email, o dina-download sa website ng kompanyang nagbibigay ng serbisyo.

doc-children-tax-codes = Mga numero ng buwis ng mga anak (codice fiscale)
doc-children-tax-codes-what = Ang numero ng buwis (codice fiscale) ng bawat anak.
doc-children-tax-codes-where = Nakasulat ito sa kard pangkalusugan (tessera sanitaria) ng mga anak.

doc-nursery-receipts = Mga resibo ng daycare (nido)
doc-nursery-receipts-what = Ang mga resibo ng mga bayad sa daycare (asilo nido).
doc-nursery-receipts-where = Ibinibigay ang mga ito ng daycare.

doc-passport-photos = Mga litratong pang-ID (fototessere)
doc-passport-photos-what = Mga bagong litrato na sukat pang-ID, karaniwang 2 o 4.
doc-passport-photos-where = Ipinapagawa ang mga ito sa photographer o sa photo booth.

doc-revenue-stamp = Selyo ng buwis (marca da bollo)
doc-revenue-stamp-what = Isang selyong nagkakahalaga ng 16 euro na ilalagay sa aplikasyon.
doc-revenue-stamp-where = Nabibili ito sa tindahan ng sigarilyo (tabaccheria).

doc-housing-suitability = Sertipiko na angkop ang tirahan (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Isang papel na nagsasabing sapat ang laki ng bahay at maayos ito para sa kalusugan.
doc-housing-suitability-where = Hinihingi ito sa Tanggapang Teknikal ng munisipyo (Ufficio tecnico del Comune).

doc-family-certificates = Mga sertipiko ng pamilya
doc-family-certificates-what = Mga sertipiko ng kapanganakan o ng kasal ng pamilya. Dapat isinalin at legalisado ang mga ito.
doc-family-certificates-where = Hinihingi ang mga ito sa bansang pinagmulan, at ipinapa-legalize sa konsulado.

doc-italian-a2 = Sertipiko ng wikang Italyano, antas A2
doc-italian-a2-what = Ang patunay na marunong kayo ng pangunahing Italyano.
doc-italian-a2-where = Nakukuha ito sa pamamagitan ng test sa Prefettura o ng kurso sa paaralan para sa mga nasa hustong gulang (CPIA).

doc-introductory-certificate = Unang sertipiko ng doktor (certificato medico introduttivo)
doc-introductory-certificate-what = Ang sertipiko na ginagamit ng doktor ng pamilya para simulan ang aplikasyon sa INPS. Ito ang unang hakbang.
doc-introductory-certificate-where = Ginagawa ito ng doktor ng pamilya at siya mismo ang nagpapadala nito sa INPS. Itago ang numerong ibibigay niya sa inyo.

doc-carer-contract = Kontrata ng tagapag-alaga (badante)
doc-carer-contract-what = Ang kontrata sa trabaho ng taong nag-aalaga sa bahay, kung hindi siya kapamilya.
doc-carer-contract-where = Pinirmahan ninyo ito kasama ang tagapag-alaga. Makikita rin ninyo ito sa website ng INPS.

doc-debt-papers = Mga papeles ng utang
doc-debt-papers-what = Ang mga kontrata ng pautang, ang mga sulat ng bangko at ang mga singil sa buwis (cartelle delle tasse).
doc-debt-papers-where = Tipunin ang mga nasa bahay ninyo. Puwede kayong bigyan ng bangko ng buod.

doc-centre-statement = Pahayag ng sentro laban sa karahasan (centro antiviolenza)
doc-centre-statement-what = Isang papel mula sa sentro laban sa karahasan na nagsasabing sinusuportahan nila kayo.
doc-centre-statement-where = Hingin ito sa sentro laban sa karahasan. Ang 1522 ang mag-uugnay sa inyo sa kanila.

doc-birth-certificate = Sertipiko ng kapanganakan (atto di nascita)
doc-birth-certificate-what = Ang dokumento mula sa inyong bansa na may lugar at petsa ng inyong kapanganakan, isinalin at legalisado.
doc-birth-certificate-where = Hingin ito sa inyong bansa o sa konsulado.

doc-criminal-record = Sertipiko ng rekord kriminal mula sa inyong bansa (certificato penale)
doc-criminal-record-what = Ang dokumentong nagsasabi kung may hatol sa inyo sa inyong bansa, isinalin at legalisado.
doc-criminal-record-where = Hingin ito sa inyong bansa o sa konsulado.

doc-italian-b1 = Sertipiko ng wikang Italyano, antas B1
doc-italian-b1-what = Ang sertipikong nagsasabing marunong kayo ng Italyano sa antas B1.
doc-italian-b1-where = Ibinibigay ito ng mga paaralan para sa mga nasa hustong gulang (CPIA) at ng ilang kinikilalang organisasyon.
