next-body = Ahora le hacemos algunas preguntas sencillas, una por una. Siempre puede volver atrás.
start-questions = Empezar las preguntas

question-progress = Pregunta { $current } de { $total }
back = Atrás
continue-link = Continuar
why-we-ask = Por qué se lo preguntamos
municipality-choose = Elija el municipio
choose-all-that-apply = Elija todas las respuestas que correspondan.
title-neutral-question = Pregunta
title-neutral-results = Información

error-missing = Elija o escriba una respuesta.
error-not-an-option = Elija una de las respuestas de la lista.
error-not-a-number = Escriba un número, por ejemplo 12.
error-too-small = El número debe ser como mínimo { $min }.
error-too-large = El número debe ser como máximo { $max }.
error-unknown-municipality = Elija un municipio de la lista.

quick-exit = Salir ahora de esta página
quick-exit-hint = O pulse 3 veces la tecla Mayús.
read-aloud = Leer en voz alta
read-aloud-stop = Parar la lectura

check-title = Revise las respuestas
check-intro = Si algo no está bien, pulse "Cambiar".
check-see-results = Ver los resultados

results-title = Las ayudas para usted
results-intro = { $who ->
    [me] Estas son las ayudas que son para usted, según sus respuestas.
   *[other] Estas son las ayudas que son para la persona a la que ayuda, según las respuestas.
  }
results-fits-heading = { $who ->
    [me] Ayudas que son para usted
   *[other] Ayudas que son para la persona
  }
results-may-heading = Ayudas para consultar en la oficina
results-may-intro = { $who ->
    [me] Quizás son para usted. En la oficina pueden comprobar lo que usted no sabía.
   *[other] Quizás son para la persona. En la oficina pueden comprobar lo que usted no sabía.
  }
results-not-heading = { $who ->
    [me] Ayudas que no son para usted, y por qué
   *[other] Ayudas que no son para la persona, y por qué
  }
results-none-fit = Ninguna ayuda encaja del todo con estas respuestas. No es un no: empiece con una entrevista en la oficina de atención social (Sportello Sociale).
results-urgent-heading = Dónde encontrar ayuda ahora mismo
results-always-heading = La oficina de atención social (Sportello Sociale) siempre está ahí
results-always-intro = ¿No sabe por dónde empezar, o tiene dudas sobre las respuestas? En la oficina le escuchan y le ayudan a entender. Estas ayudas son para todas las personas.
results-pua-route = Esta solicitud pasa por el Punto Único de Acceso (PUA, Porta Unica di Accesso). Un médico y un asistente social hacen juntos una evaluación (UVM), muchas veces en casa. Después deciden con ustedes el plan de cuidados.
results-law = Norma: { $law }. Revisada el { $checked }.
checklist-pua-note = Para la evaluación del PUA, lleve también los certificados del médico y los medicamentos que toma.
results-ask-at-desk = Para consultar en la oficina:
results-you-said = (Usted respondió: { $answers })
results-always-why = Es para todas las personas.
results-why-fits = { $who ->
    [me] Por qué es para usted
   *[other] Por qué es para la persona
  }
results-why-not = { $who ->
    [me] Por qué no es para usted
   *[other] Por qué no es para la persona
  }
results-for-whom = Para quién es
results-what-to-bring = Qué llevar
results-no-documents = No hacen falta documentos.
results-who-provides = Quién la da
results-how-long = Cuánto tiempo tarda
results-official-page = Página oficial
results-next-heading = Y ahora
results-change-answers = Cambiar las respuestas
results-print = Versión para imprimir
results-start-again = Empezar de nuevo

results-elsewhere-heading = Otras ayudas que pueden servir
results-elsewhere-intro = Según las respuestas, estas ayudas también pueden servir. Bastan unas pocas preguntas más: las respuestas que ya dio se guardan.
results-elsewhere-fits = encaja con las respuestas dadas
results-elsewhere-may = por comprobar
results-elsewhere-continue = { $count ->
    [0] Ver estas ayudas
    [one] Responder 1 pregunta más
   *[other] Responder { $count } preguntas más
  }

checklist-heading = Los documentos que debe llevar
checklist-intro = Marque lo que ya tiene. Así sabe lo que le falta.
checklist-save = Guardar la lista
