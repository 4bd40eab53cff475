next-body = Acum vă punem câteva întrebări simple, una câte una. Vă puteți întoarce oricând înapoi.
start-questions = Începeți întrebările

question-progress = Întrebarea { $current } din { $total }
back = Înapoi
continue-link = Continuați
why-we-ask = De ce vă întrebăm
municipality-choose = Alegeți localitatea (Comune)
choose-all-that-apply = Alegeți toate răspunsurile potrivite.
title-neutral-question = Întrebare
title-neutral-results = Informații

error-missing = Alegeți sau scrieți un răspuns.
error-not-an-option = Alegeți unul dintre răspunsurile din listă.
error-not-a-number = Scrieți un număr, de exemplu 12.
error-too-small = Numărul trebuie să fie cel puțin { $min }.
error-too-large = Numărul trebuie să fie cel mult { $max }.
error-unknown-municipality = Alegeți o localitate din listă.

quick-exit = Ieșiți imediat de pe această pagină
quick-exit-hint = Sau apăsați de 3 ori tasta Shift.
read-aloud = Citire cu voce tare
read-aloud-stop = Opriți citirea

check-title = Verificați răspunsurile
check-intro = Dacă ceva nu este bine, apăsați „Modificați”.
check-see-results = Vedeți rezultatele

results-title = Ajutoarele pentru dumneavoastră
results-intro = { $who ->
    [me] Iată ajutoarele potrivite pentru dumneavoastră, după răspunsurile date.
   *[other] Iată ajutoarele potrivite pentru persoana pe care o ajutați, după răspunsurile date.
  }
results-fits-heading = { $who ->
    [me] Ajutoare potrivite pentru dumneavoastră
   *[other] Ajutoare potrivite pentru această persoană
  }
results-may-heading = Ajutoare despre care să întrebați la birou
results-may-intro = { $who ->
    [me] Poate vi se potrivesc. La birou se poate verifica ce nu știați.
   *[other] Poate i se potrivesc acestei persoane. La birou se poate verifica ce nu știați.
  }
results-not-heading = { $who ->
    [me] Ajutoare care nu vi se potrivesc și de ce
   *[other] Ajutoare care nu i se potrivesc acestei persoane și de ce
  }
results-none-fit = Niciun ajutor nu se potrivește complet cu aceste răspunsuri. Nu este un refuz: începeți cu o discuție la Biroul social (Sportello Sociale).
results-urgent-heading = Unde găsiți ajutor imediat
results-always-heading = Biroul social (Sportello Sociale) vă stă mereu la dispoziție
results-always-intro = Nu știți de unde să începeți sau nu sunteți sigur de răspunsuri? La birou vă ascultă și vă ajută să înțelegeți. Aceste ajutoare există pentru toată lumea.
results-pua-route = Această cerere trece prin PUA (Porta Unica di Accesso – punctul unic de acces). Un medic și un asistent social fac împreună o evaluare (UVM), de multe ori acasă. Apoi stabilesc împreună cu dumneavoastră planul de îngrijire.
results-law = Regula: { $law }. Verificată la data de { $checked }.
checklist-pua-note = Pentru evaluarea PUA aduceți și certificatele medicului și medicamentele pe care le luați.
results-ask-at-desk = De întrebat la birou:
results-you-said = (Ați răspuns: { $answers })
results-always-why = Există pentru toată lumea.
results-why-fits = { $who ->
    [me] De ce vi se potrivește
   *[other] De ce i se potrivește acestei persoane
  }
results-why-not = { $who ->
    [me] De ce nu vi se potrivește
   *[other] De ce nu i se potrivește acestei persoane
  }
results-for-whom = Pentru cine este
results-what-to-bring = Ce să aduceți
results-no-documents = Nu sunt necesare documente.
results-who-provides = Cine îl oferă
results-how-long = Cât durează
results-official-page = Pagina oficială
results-next-heading = Ce urmează
results-change-answers = Modificați răspunsurile
results-print = Versiune pentru tipărire
results-start-again = Începeți de la capăt

results-elsewhere-heading = Alte ajutoare care pot fi utile
results-elsewhere-intro = După răspunsurile date, și aceste ajutoare pot fi utile. Mai sunt doar câteva întrebări: răspunsurile date rămân.
results-elsewhere-fits = se potrivește cu răspunsurile date
results-elsewhere-may = de verificat
results-elsewhere-continue = { $count ->
    [0] Vedeți aceste ajutoare
    [one] Răspundeți la încă 1 întrebare
    [few] Răspundeți la încă { $count } întrebări
   *[other] Răspundeți la încă { $count } de întrebări
  }

checklist-heading = Documentele pe care trebuie să le aduceți
checklist-intro = Bifați ce aveți deja. Așa știți ce vă lipsește.
checklist-save = Salvați lista
