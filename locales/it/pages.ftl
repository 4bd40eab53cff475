accessibility-title = Dichiarazione di accessibilità
accessibility-intro = Vogliamo che tutti possano usare Ponte. Anche chi non vede bene, chi non sente, chi usa solo la tastiera o un lettore di schermo.
accessibility-status-heading = A che punto siamo
accessibility-status-body =
    Il sito segue le regole WCAG 2.2, livello AA. Sono le regole europee per i siti pubblici.
    Ogni pagina viene controllata in automatico a ogni modifica, in tutte le lingue.
accessibility-how-heading = Cosa puoi fare
accessibility-how-body =
    Puoi usare il sito solo con la tastiera. Il punto in cui ti trovi è sempre ben visibile.
    Puoi ingrandire il testo fino al doppio. La pagina si adatta anche a schermi piccoli.
    Il sito funziona anche senza JavaScript e con i colori del tuo sistema.
    Se chiedi meno movimento sullo schermo, il sito non usa animazioni.
accessibility-limits-heading = Cosa non va ancora
accessibility-limits-body =
    Il sito è nuovo e lo stiamo ancora costruendo. Alcune parti non ci sono ancora.
    Non abbiamo ancora fatto prove con persone che usano un lettore di schermo. Le faremo presto.
accessibility-feedback-heading = Dicci cosa non funziona
accessibility-feedback-body =
    Se una parte del sito non funziona per te, diccelo. Scrivi allo Sportello Sociale del tuo Comune o vai di persona.
    Ti risponderemo entro 30 giorni.
accessibility-enforcement-heading = Se non ricevi risposta
accessibility-enforcement-body =
    Se non ricevi risposta, o la risposta non ti basta, puoi scrivere al Difensore civico per il digitale di AgID.
    AgID è l'Agenzia per l'Italia Digitale.

