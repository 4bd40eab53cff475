next-body = Tani do t'ju bëjmë disa pyetje të thjeshta, një nga një. Mund të ktheheni gjithmonë pas.
start-questions = Fillo pyetjet

question-progress = Pyetja { $current } nga { $total }
back = Pas
continue-link = Vazhdo
why-we-ask = Pse e pyesim këtë
municipality-choose = Zgjidhni Bashkinë (Comune)
choose-all-that-apply = Zgjidhni të gjitha përgjigjet që vlejnë.
title-neutral-question = Pyetje
title-neutral-results = Informacion

error-missing = Zgjidhni ose shkruani një përgjigje.
error-not-an-option = Zgjidhni një nga përgjigjet e listës.
error-not-a-number = Shkruani një numër, për shembull 12.
error-too-small = Numri duhet të jetë të paktën { $min }.
error-too-large = Numri duhet të jetë më së shumti { $max }.
error-unknown-municipality = Zgjidhni një bashki nga lista.

quick-exit = Dilni menjëherë nga kjo faqe
quick-exit-hint = Ose shtypni 3 herë tastin Shift (Maiusc).
read-aloud = Lexo me zë
read-aloud-stop = Ndalo leximin

check-title = Kontrolloni përgjigjet
check-intro = Nëse diçka nuk shkon, shtypni "Ndrysho".
check-see-results = Shih rezultatet

results-title = Ndihmat për ju
results-intro = { $who ->
    [me] Ja ndihmat që janë për ju, sipas përgjigjeve tuaja.
   *[other] Ja ndihmat që janë për personin që ndihmoni, sipas përgjigjeve.
  }
results-fits-heading = { $who ->
    [me] Ndihma që janë për ju
   *[other] Ndihma që janë për personin
  }
results-may-heading = Ndihma për të cilat duhet pyetur në sportel
results-may-intro = { $who ->
    [me] Ndoshta janë për ju. Në sportel mund të kontrollojnë atë që nuk e dinit.
   *[other] Ndoshta janë për personin. Në sportel mund të kontrollojnë atë që nuk e dinit.
  }
results-not-heading = { $who ->
    [me] Ndihma që nuk janë për ju, dhe pse
   *[other] Ndihma që nuk janë për personin, dhe pse
  }
results-none-fit = Asnjë ndihmë nuk përshtatet plotësisht me këto përgjigje. Kjo nuk do të thotë "jo": filloni me një bisedë në Sportelin Social (Sportello Sociale).
results-urgent-heading = Ku të gjeni ndihmë menjëherë
results-always-heading = Sporteli Social është gjithmonë aty
results-always-intro = Nuk e dini nga t'ia filloni, ose keni dyshime për përgjigjet? Në Sportel ju dëgjojnë dhe ju ndihmojnë të kuptoni. Këto ndihma janë për të gjithë.
results-pua-route = Kjo kërkesë kalon përmes PUA-s (Porta Unica di Accesso, Pika e Vetme e Hyrjes). Një mjek dhe një punonjës social bëjnë së bashku një vlerësim (UVM), shpesh në shtëpi. Pastaj vendosin bashkë me ju planin e kujdesit.
results-law = Rregulli: { $law }. Kontrolluar më { $checked }.
checklist-pua-note = Për vlerësimin e PUA-s sillni edhe vërtetimet e mjekut dhe ilaçet që merrni.
results-ask-at-desk = Për t'u pyetur në sportel:
results-you-said = (U përgjigjët: { $answers })
results-always-why = Është për të gjithë.
results-why-fits = { $who ->
    [me] Pse është për ju
   *[other] Pse është për personin
  }
results-why-not = { $who ->
    [me] Pse nuk është për ju
   *[other] Pse nuk është për personin
  }
results-for-whom = Për kë është
results-what-to-bring = Çfarë të sillni
results-no-documents = Nuk nevojiten dokumente.
results-who-provides = Kush e jep
results-how-long = Sa kohë duhet
results-official-page = Faqja zyrtare
results-next-heading = Po tani?
results-change-answers = Ndrysho përgjigjet
results-print = Versioni për printim
results-start-again = Fillo nga e para

results-elsewhere-heading = Ndihma të tjera që mund t'ju duhen
results-elsewhere-intro = Sipas përgjigjeve, edhe këto ndihma mund t'ju duhen. Mjaftojnë edhe pak pyetje: përgjigjet që keni dhënë mbeten.
results-elsewhere-fits = përshtatet me përgjigjet e dhëna
results-elsewhere-may = për t'u kontrolluar
results-elsewhere-continue = { $count ->
    [0] Shihni këto ndihma
    [one] Përgjigjuni edhe 1 pyetjeje
   *[other] Përgjigjuni edhe { $count } pyetjeve
  }

checklist-heading = Dokumentet që duhet të sillni
checklist-intro = Vendosni një shenjë te ato që i keni tashmë. Kështu e dini çfarë ju mungon.
checklist-save = Ruaj listën
