# The privacy notices (GDPR art. 13): for the people who use Ponte, and for staff accounts.
# Server-only pages: these texts are never downloaded by the browser.
# Variables come from the server's settings and code: $controller, $contact, $dpo (who answers
# for the data), $days (PONTE_RETENTION_DAYS), $session-minutes, $draft-minutes,
# $attempts-minutes, $bookings-hours, $counts-days, $staff-idle-minutes, $staff-max-hours.
# Every statement about what Ponte does has a test named after it (server/tests/privacy_notice.rs).

privacy-title = Privacidad
privacy-intro = Aquí encuentra qué datos usa Ponte, por qué, quién los ve y durante cuánto tiempo. Primero un resumen, después los detalles.
privacy-summary =
    Para ver las ayudas adecuadas para usted no le pedimos el nombre.
    Si no reserva, borramos sus respuestas. Lo hacemos en un plazo de { $draft-minutes } minutos.
    Si reserva, las respuestas van a la oficina que usted elige. Con ellas van el nombre y, si quiere, un teléfono o un correo electrónico.
    Después de la cita, esperamos { $days } días. Luego borramos el nombre, los datos de contacto y las respuestas.
    Ponte solo le da consejos. Siempre decide una persona de la oficina.
    No usamos cookies de publicidad. No vendemos sus datos.
    Puede ver, corregir o borrar sus datos. Escriba a { $contact }.

privacy-who-heading = Quién responde de sus datos
privacy-who-body =
    El responsable de sus datos (titolare) es { $controller }. El responsable decide cómo se usan los datos y responde de ello.
    Para escribir al responsable: { $contact }.
    El responsable tiene un delegado de protección de datos. Su contacto es { $dpo }.

privacy-desks-heading = Oficinas que no son del municipio
privacy-desks-body =
    Algunas oficinas no son del municipio (Comune). Por ejemplo un CAF, un patronato, Cáritas, el servicio de salud local (ASST), un CPIA o el centro contra la violencia.
    Si reserva con una de ellas, Ponte le envía la reserva y las respuestas. Después también esa oficina usa sus datos, para su servicio.
    Cada oficina tiene sus propias normas de privacidad. Puede pedírselas a la oficina.

privacy-what-heading = Qué datos usamos
privacy-what-body =
    Las respuestas a las preguntas, también el municipio donde vive. Algunas dicen cosas delicadas: la salud, una discapacidad, el permiso de residencia (permesso di soggiorno), la violencia.
    Los documentos que dice que tiene.
    Si reserva: el nombre, el teléfono o el correo electrónico si nos los da, el idioma y el mensaje para la oficina. También quién completa el formulario: usted, un familiar o un mediador.
    El código de la reserva y el PIN. El PIN lo guardamos de una forma que no se puede leer.
    Si da un PIN a la persona que le ayuda: su nombre, quién es para usted, su teléfono o su correo electrónico si nos los da, y cuándo usted dio su acuerdo. También su PIN lo guardamos de una forma que no se puede leer.
    Si llama por teléfono o viene a la oficina, un operador puede escribir la solicitud por usted. También guardamos cómo llegó y quién la escribió.
    Si un mediador o un operador responde a las preguntas con usted, guardamos quién le ayudó y cómo dijo que sí: en persona o por teléfono.
    La dirección de internet (dirección IP) de su teléfono o computadora. La usamos solo para contar los intentos equivocados y las reservas. La guardamos de una forma que no se puede leer.

privacy-why-heading = Por qué los usamos
privacy-why-body =
    Para una tarea pública: decirle qué ayudas hay y preparar su encuentro con la oficina. Es la base del RGPD (GDPR), art. 6, apdo. 1, letra e.
    Las cosas delicadas las usamos por un motivo de interés público: los servicios sociales y de cuidados. Es la base del RGPD, art. 9, apdo. 2, letras g y h.
    Por eso no le pedimos el consentimiento. La casilla del formulario solo dice que usted quiere enviar las respuestas a la oficina.
    En cambio, para dar un PIN a la persona que le ayuda, hace falta su consentimiento. Es la base del RGPD, art. 6, apdo. 1, letra a. Puede retirarlo cuando quiera: quite el PIN.
    Contamos los intentos equivocados para proteger las reservas. Así nadie puede adivinar los códigos.
    Contamos también las reservas hechas desde una dirección en un día. Así nadie puede ocupar todos los horarios de una oficina.

privacy-suggestions-heading = Ponte aconseja, una persona decide
privacy-suggestions-body =
    Ponte le muestra las ayudas que pueden ser para usted, según las respuestas. Es solo un consejo.
    Ponte no decide si usted tiene derecho a una ayuda. Lo decide una persona de la oficina, después de hablar con usted.

privacy-recipients-heading = Quién ve sus datos
privacy-recipients-body =
    Además de usted, solo ve la reserva quien trabaja en la oficina que usted elige.
    Si da un PIN a la persona que le ayuda, esta persona también ve la reserva. No puede descargar sus datos ni dar PIN a otras personas.
    Si habla otro idioma, puede venir a la cita un mediador cultural. El mediador que va a la cita ve su nombre, el día, la hora, la oficina, el servicio y los documentos que hay que llevar. No ve sus respuestas, su mensaje, ni su teléfono o su correo electrónico.
    Quien gestiona los servidores de Ponte puede ver los datos solo para que funcione. Lo hace para el responsable, con un contrato.
    Ponte no carga nada de otros sitios web. Nada de publicidad, nada de estadísticas, nada de tipos de letra de otros servidores.
    Damos los datos a otros solo si lo pide la ley.

privacy-keep-heading = Durante cuánto tiempo
privacy-keep-body =
    Las respuestas quedan en el servidor mientras usted responde. Si reserva, pasan a la reserva.
    Si no reserva, las borramos cuando pulsa «Salir ahora de esta página». Si no, las borramos como máximo { $draft-minutes } minutos después de la última respuesta.
    Nombre, datos de contacto, respuestas y mensaje: los borramos { $days } días después de la cita. Para una solicitud sin cita, { $days } días después de la última novedad.
    Si anula la reserva, los borramos enseguida.
    El nombre y el contacto de la persona que le ayuda los borramos junto con los suyos. Si le quita el PIN a esa persona, los borramos enseguida.
    Cuando la persona que le ayuda usa su PIN, lo anotamos en el registro de accesos: quién, qué y cuándo. Sin dirección de internet.
    Solo quedan números sin nombre: cuántas reservas, para qué servicio, en qué oficina.
    Los intentos equivocados los contamos durante { $attempts-minutes } minutos, las reservas durante { $bookings-hours } horas. Después de { $counts-days } días como máximo borramos también estos recuentos.
    El servidor escribe un registro para funcionar bien. En el registro no están su dirección de internet ni el código de la reserva.

privacy-location-heading = «Usar mi ubicación»
privacy-location-body =
    Al buscar oficinas puede pulsar «Usar mi ubicación». El navegador le pide permiso.
    Redondeamos la ubicación a aproximadamente un kilómetro. Sirve solo para encontrar el municipio más cercano.
    No la guardamos. No va en la dirección de la página.

privacy-cookies-heading = Cookies
privacy-cookies-body =
    ponte_lang recuerda el idioma que usted elige en el menú de idiomas. Dura un año. Solo la ponemos si elige un idioma.
    ponte_session guarda las respuestas mientras usted responde y los códigos de las reservas hechas aquí. Con https se llama __Host-ponte_session. Vence después de { $session-minutes } minutos sin actividad.
    Son cookies técnicas: sirven para hacer lo que usted pide. No hay otras cookies.

privacy-rights-heading = Sus derechos
privacy-rights-body =
    Puede pedir ver sus datos, corregirlos o borrarlos. Puede pedir que los usemos menos u oponerse a su uso.
    Con el código y el PIN ve la reserva. Allí puede dar un PIN a la persona que le ayuda y quitárselo cuando quiera. El teléfono o el correo electrónico no bastan: alguien que le conoce podría saberlos. Allí puede descargar sus datos en un archivo. Puede cambiar el horario o anular la reserva. Si la anula, borramos sus datos enseguida. Después de la cita puede borrarlos usted, con un botón.
    Para todo lo demás, escriba a { $contact }. También puede escribir al delegado de protección de datos: { $dpo }. O pregunte en la oficina.
    ¿Cree que no respetamos las normas? Puede presentar una reclamación ante la autoridad italiana de protección de datos (Garante per la protezione dei dati personali): www.garanteprivacy.it.

staff-privacy-title = Privacidad para quienes trabajan con Ponte
staff-privacy-intro = Esta página es para quienes trabajan en la oficina: operadores, mediadores y quienes gestionan las cuentas.
staff-privacy-summary =
    Usamos nombre, correo electrónico y función para darle acceso.
    La contraseña la guardamos de una forma que no se puede leer.
    Cuando abre una solicitud o una lista, o cambia algo, lo anotamos en el registro. Con la hora y la dirección de internet.
    Ponte no borra ni cambia el registro.

staff-privacy-who-heading = Quién responde de sus datos
staff-privacy-who-body =
    El responsable de sus datos (titolare) es { $controller }. Para escribir al responsable: { $contact }.
    El delegado de protección de datos: { $dpo }.

staff-privacy-what-heading = Qué datos usamos
staff-privacy-what-body =
    Nombre, correo electrónico, función y oficinas de su cuenta.
    La contraseña, guardada con argon2id. Nadie puede leerla, ni siquiera quien gestiona Ponte.
    La clave de la aplicación de códigos de acceso: está en la base de datos, porque hace falta para comprobar los códigos. Los códigos de recuperación, guardados de una forma que no se puede leer.
    El registro: quién abrió, tomó o cambió una solicitud, cuándo y desde qué dirección de internet. También quién leyó la lista de solicitudes o de citas. Y quién creó una cuenta, dio una nueva contraseña o desactivó una cuenta. Y cada código de acceso dado o rechazado. Y quién empezó las preguntas con una persona.
    Los accesos equivocados, contados durante { $attempts-minutes } minutos.
    Si es mediador: los idiomas que habla y los días y las horas en que está en las oficinas. El público solo ve el idioma y el día, no su nombre. El registro también dice a qué citas ha dicho que irá.

staff-privacy-why-heading = Por qué los usamos
staff-privacy-why-body =
    Para darle acceso y para proteger los datos de las personas. El registro dice quién leyó o cambió una solicitud.
    La base es la tarea pública del responsable y su deber de seguridad. RGPD (GDPR), art. 6, apdo. 1, letras c y e, y art. 32.

staff-privacy-keep-heading = Durante cuánto tiempo
staff-privacy-keep-body =
    La cuenta sigue activa hasta que un administrador la cierra.
    Ponte no borra el registro. El responsable decide durante cuánto tiempo guardarlo.
    El acceso termina después de { $staff-idle-minutes } minutos sin actividad. Termina de todos modos después de { $staff-max-hours } horas.

staff-privacy-cookies-heading = Cookies
staff-privacy-cookies-body =
    ponte-staff mantiene abierto su acceso. Con https se llama __Host-ponte-staff.
    En la base de datos guardamos solo una huella de la cookie, no la cookie.
    La cookie termina cuando usted sale, cuando cierra el navegador o cuando el acceso vence.

staff-privacy-rights-heading = Sus derechos
staff-privacy-rights-body =
    Puede pedir ver sus datos, corregirlos o borrarlos. Puede pedir que los usemos menos u oponerse a su uso.
    Escriba a { $contact } o a { $dpo }.
    Puede presentar una reclamación ante la autoridad italiana de protección de datos (Garante per la protezione dei dati personali): www.garanteprivacy.it.
