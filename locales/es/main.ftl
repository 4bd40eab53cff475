# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = Español
site-name = Ponte
skip-to-content = Ir al contenido
language-switch-label = Idioma
translation-notice = Esta traducción se hizo con la ayuda de un traductor automático. Nadie la ha revisado todavía. El texto que vale es el italiano.
translation-notice-link = Lea esta página en italiano
footer-nav-label = Información sobre el sitio
footer-accessibility = Accesibilidad
footer-privacy = Privacidad
footer-about = Ponte es el sitio web de las oficinas de atención social (Sportelli Sociali) de los municipios. Esta es una versión de prueba, con datos de ejemplo.

error-prefix = Error:
error-summary-title = Hay un problema
change = Cambiar

not-found-title = Página no encontrada
not-found-body = Esta página no existe. Quizás la dirección está mal escrita.
not-found-home = Ir a la página de inicio
step-first-title = Primero termine de entrar
step-first-body = Le queda un paso para entrar: el código de la aplicación o una contraseña nueva.
form-unreadable-title = No podemos leer el formulario
form-unreadable-body = El formulario llegó de una forma que no conocemos. Vuelva atrás, recargue la página y envíelo otra vez.
manage-link = ¿Ya tiene una reserva?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = Muchas personas están reservando ahora
busy-wait = Vuelva a intentarlo en un minuto.
busy-not-sent = Su solicitud todavía no se ha enviado. Todavía no ha reservado nada.
busy-unsure = No pudimos terminar. Pulse «Intentar de nuevo»: si la solicitud ya estaba guardada, la verá. Nunca reservará dos veces.
busy-kept = Lo que escribió está aquí. No tiene que escribirlo otra vez.
busy-retry = Intentar de nuevo
busy-home = Volver a la página de inicio
