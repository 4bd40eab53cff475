## Desks, opening hours, booking

date-long = { $weekday } { $day } de { $month }
weekday-mon = lunes
weekday-tue = martes
weekday-wed = miércoles
weekday-thu = jueves
weekday-fri = viernes
weekday-sat = sábado
weekday-sun = domingo
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

spoken-wo = Wolof

desk-open-until = Abierto ahora, cierra a las { $time }
desk-opens-today = Cerrado ahora, abre hoy a las { $time }
desk-opens-tomorrow = Cerrado ahora, abre mañana a las { $time }
desk-opens-on = Cerrado ahora, abre el { $day } a las { $time }
desk-closed = Cerrado por ahora. Llame para saber cuándo abre.
desk-address = Dirección
desk-address-secret = La dirección no es pública, por su seguridad.
desk-secret-help = Llame al número del centro. También puede llamar al 1522: es gratis, está siempre abierto y habla muchos idiomas.
desk-serves = Oficina para quienes viven en { $place }: diríjase aquí primero.
desk-distance = Distancia
desk-km = { $km } km
desk-phone = Teléfono
desk-email = Correo electrónico
desk-languages = Idiomas que se hablan
desk-mediator-days = con un mediador cultural los días { $days }
desk-access = Acceso
access-step-free = Sin escalones
access-hearing-loop = Bucle magnético para personas con audífono
access-toilet = Baño accesible
access-steps = Hay escalones

unavailable-title = Servicio no disponible
unavailable-body = Ahora no podemos mostrar esta página. Vuelva a intentarlo en unos minutos.

desks-title = Adónde ir: { $service }
desks-intro = Estas son las oficinas que dan este servicio. Elija su municipio para ver primero las más cercanas.
desks-municipality = Su municipio
desks-municipality-any = Elija el municipio
desks-postcode = O el código postal (CAP)
desks-postcode-hint = Por ejemplo 24044
desks-postcode-unknown = No encontramos este código postal en nuestra zona. Elija el municipio de la lista.
desks-location-invalid = No podemos usar su ubicación. Elija el municipio de la lista.
desks-use-location = Usar mi ubicación
desks-filters = Más filtros
desks-language = Idioma que se habla
desks-any = Todos
desks-day = Abierto el día
desks-step-free = Solo oficinas sin escalones
desks-search = Mostrar las oficinas
desks-count = { $count ->
    [0] Ninguna oficina
    [one] 1 oficina
   *[other] { $count } oficinas
}
desks-count-from = { $count ->
    [0] Ninguna oficina
    [one] 1 oficina, cerca de { $place }
   *[other] { $count } oficinas, primero las más cercanas a { $place }
}
desks-none = Ninguna oficina con estos filtros. Pruebe a quitar un filtro.
desks-shown-nearest = Aquí ve las { $shown } más cercanas.
desks-shown-first = Aquí ve las primeras { $shown }. Elija su municipio para ver las más cercanas.
desks-book = Pedir una cita
desks-request = Enviar una solicitud
desks-request-instead = O envíe una solicitud sin cita
request-instead = ¿Ningún horario le viene bien? Envíe una solicitud sin cita

book-title = Pedir una cita
book-change-title = Cambiar el horario
book-intro = { $service } en { $desk }.
book-desk-details = Horarios, dirección e idiomas de la oficina
book-choose-time = Elija día y hora
book-no-slots = No hay horarios libres en estos días. Mire los días siguientes.
book-earlier = Días anteriores
book-later = Días siguientes
book-mediator-present = Ese día hay un mediador cultural: { $languages }.
book-slot-taken = Otra persona acaba de tomar este horario. Elija uno de los horarios libres de aquí abajo. Sus datos siguen en el formulario.
book-too-many-today = Hoy ya llegaron muchas reservas desde esta conexión. Para hacer otras, llame a la oficina o vuelva mañana. Sus datos siguen en el formulario.
book-about-you = { $who ->
    [me] Sus datos
   *[other] Los datos de la persona a la que ayuda
  }
book-name = { $who ->
    [me] Nombre, o solo las iniciales
   *[other] El nombre de la persona, o solo las iniciales
  }
book-name-hint = { $who ->
    [me] La oficina lo necesita para llamarle cuando sea su turno.
   *[other] La oficina lo necesita para llamar a esta persona cuando sea su turno.
  }
book-contact = { $who ->
    [me] Teléfono o correo electrónico (si quiere)
   *[other] El teléfono o el correo electrónico de la persona (si quiere)
  }
book-contact-hint = { $who ->
    [me] Lo usamos solo para esta cita: la oficina le llama o le escribe ahí.
   *[other] Lo usamos solo para esta cita: la oficina llama o escribe ahí.
  }
book-filled-by = ¿Quién completa este formulario? (opcional)
book-filled-by-person = Yo, para mí
book-filled-by-relative = Un familiar o un amigo
book-filled-by-mediator = Un mediador cultural
book-note = ¿Quiere decirle algo a la oficina? (opcional)
book-note-hint = Escriba con sus palabras, también en su idioma. Como máximo 1000 caracteres.
book-language = { $who ->
    [me] El idioma que prefiere
   *[other] El idioma que prefiere la persona
  }
book-consent = { $who ->
    [me] Quiero enviar esta información a la oficina. He leído cómo la usan.
   *[other] La persona a la que ayudo quiere enviar esta información a la oficina. Hemos leído cómo la usan.
  }
book-privacy-link = Lea cómo usamos sus datos
book-submit = Reservar
book-change-submit = Cambiar el horario
book-error-slot = Elija un día y una hora.
book-error-name = Escriba un nombre o las iniciales.
book-error-name-long = El nombre es demasiado largo: como máximo 80 letras.
book-error-contact = Escriba un número de teléfono o un correo electrónico. Compruebe que esté bien escrito.
book-error-contact-missing = { $who ->
    [me] Escriba un teléfono o un correo electrónico: la oficina le responde ahí.
   *[other] Escriba el teléfono o el correo electrónico de la persona: la oficina responde ahí.
  }
book-error-language = Elija un idioma.
book-error-consent = { $who ->
    [me] Para continuar, díganos que quiere enviar las respuestas a la oficina.
   *[other] Para continuar, díganos que la persona a la que ayuda quiere enviar las respuestas a la oficina.
  }
book-error-note-long = El texto es demasiado largo: como máximo 1000 caracteres.

booking-title = Cita reservada
booking-cancelled-title = Cita anulada
booking-cancelled-body = Hemos borrado su nombre y su contacto.
booking-code = Su código
booking-pin-intro = Anote ahora el código y este PIN: el PIN se ve solo esta vez. Los necesita para cambiar o anular la cita.
booking-pin = PIN:
booking-qr-alt = Código QR de la reserva { $code }
booking-when = Cuándo
booking-service = Servicio
booking-desk = Oficina
booking-bring = Qué llevar
booking-bring-id = Lleve también un documento de identidad y la tarjeta sanitaria (tessera sanitaria), si los tiene.
booking-document-if = { $document } (si hace falta en su caso)
booking-next-heading = Qué puede hacer
booking-calendar = Añadir al calendario
booking-print = Imprimir
booking-copy-intro = Abajo está la misma información en italiano, para la oficina.
booking-copy-heading = Para la oficina
booking-download-data = Descargar sus datos (archivo JSON)
booking-change = Cambiar el día o la hora
booking-cancel-heading = ¿No puede venir?
booking-cancel-body = Anule la cita, así el horario queda libre para otra persona. También borramos su nombre, su contacto y sus respuestas.
booking-erase-heading = Borrar sus datos
booking-erase-body = La cita ya pasó. Puede borrar su nombre, su contacto y sus respuestas. Solo quedan números sin nombre.
booking-erase = Borrar mis datos
booking-erased-body = Sus datos están borrados: nombre, contacto y respuestas. Solo quedan números sin nombre.
booking-cancel = Anular la cita
booking-find-title = Buscar su reserva
booking-find-body = Para ver una reserva hacen falta el código y el PIN.
ics-summary = Cita: { $service }
ics-description = Código { $code }. Lleve los documentos de la lista.

manage-title = Buscar su reserva
manage-intro = Escriba el código de la reserva o de la solicitud. Después escriba el PIN. Si ya no tiene el PIN, pregunte en la oficina.
manage-code = Su código
manage-code-hint = 8 letras y números, por ejemplo K7MX-4QPT
manage-secret = PIN
manage-secret-hint = El PIN tiene 6 números.
manage-submit = Buscar
manage-not-found = No encontramos ninguna reserva con estos datos. Revise el código y el PIN.
manage-too-many = Demasiados intentos. Espere 15 minutos y vuelva a intentarlo, o llame a la oficina.

results-find-desk = Buscar la oficina y pedir cita

# Sending a request without an appointment
request-title = Enviar una solicitud
request-intro = No tiene que elegir un horario. La oficina lee su solicitud y le llama o le escribe. Con el código y el PIN puede ver cómo va.
request-book-instead = ¿Prefiere elegir un horario? Pida una cita
request-contact = { $who ->
    [me] Teléfono o correo electrónico
   *[other] El teléfono o el correo electrónico de la persona
  }
request-contact-hint = { $who ->
    [me] La oficina le responde aquí. También sirve para encontrar de nuevo la solicitud.
   *[other] La oficina responde aquí. También sirve para encontrar de nuevo la solicitud.
  }
request-submit = Enviar la solicitud
request-sent-title = Solicitud enviada
request-withdrawn-title = Solicitud retirada
request-no-time = Sin cita: la oficina le llama o le escribe.
request-pin-intro = Anote ahora el código y este PIN: el PIN se ve solo esta vez. Los necesita para ver la respuesta o para retirar la solicitud.
request-withdraw-heading = ¿Ya no lo necesita?
request-withdraw-body = Retire la solicitud. Borramos su nombre, su contacto y sus respuestas.
request-withdraw = Retirar la solicitud

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] ¿Alguien le ayuda? (opcional)
   *[other] ¿Quiere seguir usted también la reserva? (opcional)
  }
helper-intro = { $who ->
    [me] Puede dar un PIN a una persona de confianza: un familiar, un amigo, un mediador. Con el código y su propio PIN, esta persona puede ver la cita, cambiarla de horario o anularla. Puede quitarle el PIN cuando quiera.
   *[other] Escriba sus datos: tendrá su propio PIN. Con el código y su PIN, usted puede ver la cita, cambiarla de horario o anularla. La persona a la que ayuda puede quitarle el PIN cuando quiera.
  }
helper-name = { $who ->
    [me] Nombre de la persona que le ayuda
   *[other] Su nombre
  }
helper-relationship = { $who ->
    [me] ¿Quién es para usted?
   *[other] ¿Quién es usted para esta persona?
  }
helper-relationship-family = Un familiar
helper-relationship-friend = Un amigo o una amiga
helper-relationship-mediator = Un mediador cultural
helper-relationship-other = Otra persona, por ejemplo un voluntario
helper-contact = { $who ->
    [me] Teléfono o correo electrónico de la persona que le ayuda (si quiere)
   *[other] Su teléfono o su correo electrónico (si quiere)
  }
helper-contact-hint = La oficina lo usa solo para esta cita.
helper-consent = { $who ->
    [me] Estoy de acuerdo: esta persona puede ver y cambiar mi reserva.
   *[other] La persona a la que ayudo está de acuerdo: puedo ver y cambiar su reserva.
  }
helper-error-name = Escriba el nombre de la persona que ayuda.
helper-error-name-long = El nombre es demasiado largo: como máximo 80 letras.
helper-error-relationship = Elija quién es esta persona.
helper-error-contact = Escriba un número de teléfono o un correo electrónico. Compruebe que esté bien escrito.
helper-error-consent = Para dar un PIN a quien ayuda, la persona tiene que estar de acuerdo. Marque la casilla.
helper-role-family = familiar
helper-role-friend = amigo o amiga
helper-role-mediator = mediador cultural
helper-role-other = otra persona
booking-as-helper = Usted sigue esta reserva para otra persona. Puede ver la cita, cambiarla de horario o anularla. Solo la persona elige quién le ayuda.
booking-helper-pin-intro = Este es el PIN de { $name }. Déselo ahora: se ve solo esta vez. Con el código y este PIN, { $name } puede ver la cita, cambiarla de horario o anularla.
booking-helper-pin = PIN de { $name }:
booking-helpers-heading = Quién más ve esta reserva
booking-helpers-intro = Estas personas tienen su propio PIN. Pueden ver la cita, cambiarla de horario o anularla. Si quita a una persona, su PIN deja de funcionar.
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = Una persona
booking-helper-remove = Quitar a { $name }
booking-helper-add-heading = Dar un PIN a la persona que le ayuda
booking-helper-add-submit = Dar el PIN
