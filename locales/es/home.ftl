home-title = Encuentre la ayuda adecuada
home-heading = Encuentre la ayuda adecuada para usted
home-intro = Responda a unas pocas preguntas. Le decimos qué ayudas puede recibir, qué llevar y adónde ir.
home-step-answer = Responda a preguntas sencillas, una por una.
home-step-learn = Descubra qué ayudas son para usted y por qué.
home-step-book = Pida una cita en la oficina más cercana.
home-reassure = Es gratis. No hace falta crear una cuenta. Puede volver atrás y cambiar las respuestas cuando quiera.

who-legend = ¿Quién necesita ayuda?
who-me = Yo
who-other = Una persona a la que ayudo

area-legend = ¿Para qué busca ayuda?
start-continue = Continuar
start-error-who = Elija quién necesita ayuda.
start-error-area = Elija para qué busca ayuda.

next-heading = Qué pasa ahora

urgent-heading = ¿Está en peligro ahora?
urgent-body = Llame al 112. En caso de violencia, llame al 1522: es gratis, responde de día y de noche, también en otros idiomas.

home-first-step-heading = ¿No sabe por dónde empezar?
home-first-step-body = Pida una cita para una primera entrevista en la oficina de atención social (Sportello Sociale). Usted cuenta su situación y le ayudan a entender qué hacer.
home-first-step-link = Buscar la oficina de atención social (Sportello Sociale)
