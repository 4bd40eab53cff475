accessibility-title = Declaración de accesibilidad
accessibility-intro = Queremos que todas las personas puedan usar Ponte. También quien no ve bien, quien no oye, quien usa solo el teclado o un lector de pantalla.
accessibility-status-heading = En qué punto estamos
accessibility-status-body =
    El sitio sigue las normas WCAG 2.2, nivel AA. Son las normas europeas para los sitios web públicos.
    Cada página se revisa de forma automática en cada cambio, en todos los idiomas.
accessibility-how-heading = Qué puede hacer
accessibility-how-body =
    Puede usar el sitio solo con el teclado. El lugar donde usted está se ve siempre bien.
    Puede agrandar el texto hasta el doble. La página se adapta también a pantallas pequeñas.
    El sitio funciona también sin JavaScript y con los colores de su sistema.
    Si pide menos movimiento en la pantalla, el sitio no usa animaciones.
accessibility-limits-heading = Qué todavía no funciona bien
accessibility-limits-body =
    El sitio es nuevo y todavía lo estamos construyendo. Algunas partes aún no están.
    Todavía no hemos hecho pruebas con personas que usan un lector de pantalla. Las haremos pronto.
accessibility-feedback-heading = Díganos qué no funciona
accessibility-feedback-body =
    Si una parte del sitio no funciona para usted, díganoslo. Escriba a la oficina de atención social (Sportello Sociale) de su municipio o vaya en persona.
    Le responderemos en un plazo de 30 días.
accessibility-enforcement-heading = Si no recibe respuesta
accessibility-enforcement-body =
    Si no recibe respuesta, o la respuesta no le basta, puede escribir al Defensor Cívico Digital de AgID (Difensore civico per il digitale).
    AgID es la Agencia para la Italia Digital.

