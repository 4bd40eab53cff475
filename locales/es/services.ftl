# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = Oficina de atención social del municipio (Sportello Sociale)
provider-pua = Punto Único de Acceso (PUA, Porta Unica di Accesso)
provider-inps = INPS (seguridad social), también a través de un CAF o un patronato
provider-caf-patronato = CAF o patronato (oficinas de ayuda gratuita)
provider-centro-impiego = Centro de empleo (Centro per l'impiego)
provider-sportello-stranieri = Oficina para extranjeros (Sportello Stranieri)
provider-centro-antiviolenza = Centro contra la violencia (centro antiviolenza)
provider-asst = Servicio de salud local (ASST)
provider-caritas = Cáritas y banco de alimentos
provider-ufficio-scuola = Oficina escolar del municipio (Ufficio scuola)
provider-cpia = Escuela para adultos (CPIA)
provider-comune = Oficinas del municipio (Comune)
provider-emergency = Números de emergencia

time-now = Enseguida
time-days = Pocos días
time-weeks = Algunas semanas
time-months = Algunos meses
time-call = Cuando el municipio abre la convocatoria (bando), normalmente una vez al año

svc-first-listening = Primera entrevista en la oficina de atención social (Sportello Sociale)
svc-first-listening-gives = Un encuentro para contar su situación. Le escuchan, le explican sus derechos y le dicen adónde ir. Es gratis.
svc-first-listening-for = Para todas las personas, también para quien no sabe por dónde empezar.

svc-social-worker = Cita con el asistente social
svc-social-worker-gives = El asistente social estudia su situación y prepara con usted un plan de ayudas.
svc-social-worker-for = Para personas en una situación difícil que necesitan varias ayudas a la vez.

svc-home-care = Ayuda a domicilio (SAD)
svc-home-care-gives = Un trabajador o una trabajadora viene a casa. Ayuda a lavarse, a vestirse y a mantener limpia la casa.
svc-home-care-for = Para personas que ya no pueden hacer solas las cosas de cada día.

svc-meals-at-home = Comidas a domicilio
svc-meals-at-home-gives = Una comida caliente llevada a casa cada día. El precio depende del ISEE.
svc-meals-at-home-for = Para personas que ya no pueden cocinar solas.

svc-telecare = Teleasistencia (telesoccorso)
svc-telecare-gives = Un aparato pequeño con un botón. Si lo pulsa, una central responde de día y de noche y envía ayuda.
svc-telecare-for = Para personas que viven solas y pueden necesitar ayuda enseguida.

svc-civil-invalidity = Solicitud de invalidez civil (invalidità civile)
svc-civil-invalidity-gives = El reconocimiento de que una enfermedad limita la vida. Abre el camino a otras ayudas y a dinero.
svc-civil-invalidity-for = Para personas con una enfermedad que limita la vida diaria. El primer paso es el certificado del médico de familia (medico di famiglia).

svc-attendance-allowance = Subsidio de acompañamiento (indennità di accompagnamento)
svc-attendance-allowance-gives = Dinero cada mes del INPS, para pagar a quien ayuda. No depende de los ingresos.
svc-attendance-allowance-for = Para personas con una invalidez del 100% que necesitan ayuda continua. Se pide con un nuevo certificado del médico.

svc-day-centre = Centro de día para personas mayores (centro diurno)
svc-day-centre-gives = Un lugar donde pasar el día. Hay cuidados, comidas y actividades. Al final del día se vuelve a casa.
svc-day-centre-for = Para personas mayores que necesitan cuidados durante el día. La solicitud pasa por el Punto Único de Acceso (PUA).

svc-carer-allowance = Ayuda para quien cuida a un familiar (Misura B2)
svc-carer-allowance-gives = Dinero de la Región (Regione) para quien cuida en casa a una persona que no es autónoma.
svc-carer-allowance-for = Para personas que tienen el subsidio de acompañamiento o la Ley 104 (Legge 104) en situación de gravedad, y que reciben cuidados en casa de un familiar o de una persona cuidadora (badante) con contrato. La solicitud pasa por el Punto Único de Acceso (PUA).

svc-law-104-recognition = Solicitud de la Ley 104 (Legge 104)
svc-law-104-recognition-gives = El reconocimiento de la discapacidad. Da permisos en el trabajo y otras ayudas.
svc-law-104-recognition-for = Para personas con discapacidad y para sus familiares.

svc-disabled-parking = Tarjeta de estacionamiento para personas con discapacidad (contrassegno)
svc-disabled-parking-gives = Una tarjeta para el auto. Permite estacionar en las plazas para personas con discapacidad.
svc-disabled-parking-for = Para personas que caminan con mucha dificultad o que no ven.

svc-social-transport = Transporte social
svc-social-transport-gives = Un auto o un minibús le lleva a consultas médicas, terapias o al centro de día.
svc-social-transport-for = Para personas que no pueden moverse solas en transporte público.

svc-targeted-employment = Empleo para personas con discapacidad (collocamento mirato)
svc-targeted-employment-gives = Ayuda para encontrar un trabajo adecuado. Las empresas deben contratar a personas con discapacidad.
svc-targeted-employment-for = Para personas con una invalidez del 46% o más que buscan trabajo.

svc-school-assistant = Asistente en la escuela
svc-school-assistant-gives = Un educador ayuda en la escuela a un niño o a un joven con discapacidad.
svc-school-assistant-for = Para alumnos con discapacidad. Vale desde preescolar hasta la escuela secundaria superior.

svc-disability-day-centre = Centro de día para personas con discapacidad (centro diurno)
svc-disability-day-centre-gives = Un lugar donde pasar el día, con actividades y cuidados. Al final del día se vuelve a casa.
svc-disability-day-centre-for = Para adultos con discapacidad que necesitan cuidados cada día. La solicitud pasa por el Punto Único de Acceso (PUA).

svc-invalidity-pension = Subsidio o pensión de invalidez (assegno o pensione di invalidità)
svc-invalidity-pension-gives = Dinero cada mes del INPS: el subsidio desde el 74% de invalidez, la pensión con el 100%.
svc-invalidity-pension-for = Para personas de 18 a 66 años con una invalidez del 74% o más e ingresos bajos.

svc-child-benefit = Asignación Única por hijos (Assegno Unico)
svc-child-benefit-gives = Dinero cada mes por cada hijo, desde el séptimo mes de embarazo hasta los 21 años. Con el ISEE se recibe más.
svc-child-benefit-for = Para todas las familias con hijos.

svc-nursery-bonus = Bono guardería (Bonus asilo nido)
svc-nursery-bonus-gives = Dinero del INPS para pagar la guardería o la ayuda en casa para los niños pequeños.
svc-nursery-bonus-for = Para familias con niños menores de 3 años. Con un ISEE bajo se recibe más.

svc-municipal-nursery = Guardería del municipio (asilo nido)
svc-municipal-nursery-gives = Una plaza en la guardería. Quien tiene un ISEE bajo paga menos.
svc-municipal-nursery-for = Para familias con niños menores de 3 años.

svc-school-grant = Ayuda escolar para material (Dote Scuola)
svc-school-grant-gives = Un vale de la Región (Regione) para comprar libros y material escolar.
svc-school-grant-for = Para estudiantes de secundaria básica y superior (scuola media y superiore), con un ISEE de hasta 15.748 euros.

svc-school-meals-discount = Descuento en el comedor y el transporte escolar
svc-school-meals-discount-gives = El municipio cobra menos por el comedor y el autobús de la escuela.
svc-school-meals-discount-for = Para familias con hijos en preescolar, primaria o secundaria básica (scuola media). Quien tiene un ISEE bajo paga menos.

svc-family-centre = Centro para la familia (centro per la famiglia)
svc-family-centre-gives = Encuentros y consejos para madres y padres, también durante el embarazo. Es gratis.
svc-family-centre-for = Para madres, padres y personas que esperan un bebé.

svc-birth-bonus = Bono por nacimiento (bonus nuovi nati)
svc-birth-bonus-gives = 1.000 euros por cada niño nacido o adoptado. La solicitud se debe hacer dentro de los 120 días siguientes al nacimiento.
svc-birth-bonus-for = Para niños nacidos o adoptados desde 2025, en familias con un ISEE de hasta 40.000 euros.

svc-inclusion-allowance = Asignación de Inclusión (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = Dinero cada mes y un plan con los servicios sociales para salir de la pobreza.
svc-inclusion-allowance-for = Para familias con un ISEE de hasta 10.140 euros, con un menor de edad, una persona con discapacidad o una persona de más de 60 años. Hacen falta 5 años en Italia. Quien viene de fuera de la Unión Europea debe tener el permiso de larga duración o la protección.

svc-training-support = Apoyo para Formación y Trabajo (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = 500 euros al mes mientras hace un curso o un proyecto de trabajo.
svc-training-support-for = Para personas de 18 a 59 años sin trabajo, con un ISEE de hasta 10.140 euros. Valen las mismas normas de la ADI sobre años en Italia y permiso.

svc-unemployment-benefit = NASpI (prestación por desempleo)
svc-unemployment-benefit-gives = Dinero cada mes del INPS después del fin del trabajo. La solicitud se debe hacer en un plazo de 68 días.
svc-unemployment-benefit-for = Para personas que perdieron el trabajo contra su voluntad.

svc-job-centre = Centro de empleo (Centro per l'impiego)
svc-job-centre-gives = Ayuda para buscar trabajo, cursos gratis y la inscripción como persona desempleada.
svc-job-centre-for = Para personas que buscan trabajo.

svc-energy-bonus = Bono social de luz, gas y agua (bonus sociale)
svc-energy-bonus-gives = Un descuento en las facturas. Llega automáticamente cuando usted hace el ISEE.
svc-energy-bonus-for = Para familias con un ISEE de hasta 9.530 euros, o de hasta 20.000 euros con al menos 4 hijos.

svc-isee-help = Hacer el ISEE gratis
svc-isee-help-gives = Un CAF calcula su ISEE sin cobrarle nada. Hace falta para casi todas las ayudas.
svc-isee-help-for = Para personas que todavía no tienen el ISEE de este año o no saben si lo tienen.

svc-food-aid = Ayuda con la comida
svc-food-aid-gives = Paquetes de comida o una tarjeta para la tienda solidaria (emporio solidale). También de inmediato.
svc-food-aid-for = Para personas que no tienen suficiente para comer.

svc-emergency-grant = Ayuda económica del municipio (contributo economico)
svc-emergency-grant-gives = Una ayuda en dinero, una sola vez, para gastos urgentes como facturas o comida.
svc-emergency-grant-for = Para personas con un problema de dinero urgente. Lo decide el asistente social.

svc-rent-support = Ayuda para el alquiler (contributo affitto)
svc-rent-support-gives = Dinero para pagar una parte del alquiler. Lo dan el municipio y la Región (Regione).
svc-rent-support-for = Para personas que pagan alquiler y tienen un ISEE de hasta 26.000 euros.

svc-arrears-fund = Fondo para el alquiler no pagado (morosità incolpevole)
svc-arrears-fund-gives = Dinero para pagar el alquiler atrasado y detener el desalojo.
svc-arrears-fund-for = Para personas que no pueden pagar el alquiler porque perdieron el trabajo o los ingresos.

svc-social-housing = Vivienda social (casa popolare, SAP)
svc-social-housing-gives = Una vivienda de alquiler a precio bajo. Se hace la solicitud cuando se abre la convocatoria (bando).
svc-social-housing-for = Para familias sin vivienda propia y con un ISEE de hasta 16.000 euros.

svc-housing-emergency = Emergencia de vivienda
svc-housing-emergency-gives = Un lugar donde quedarse por un tiempo, mientras se busca una vivienda.
svc-housing-emergency-for = Para personas que están por perder la vivienda o que no la tienen.

svc-night-shelter = Lugar para dormir esta noche
svc-night-shelter-gives = Una cama para la noche, una ducha y una comida. Lo encuentra el servicio de emergencia social (Pronto Intervento Sociale), también de noche.
svc-night-shelter-for = Para personas que esta noche no tienen un lugar seguro donde dormir.

svc-family-doctor = Inscripción en el servicio de salud y médico de familia
svc-family-doctor-gives = Un médico de familia (medico di famiglia) gratis y la tarjeta sanitaria (tessera sanitaria).
svc-family-doctor-for = Para personas que viven en Italia y todavía no tienen médico. Vale también con el recibo de la renovación del permiso.

svc-stp-code = Código STP para recibir atención médica
svc-stp-code-gives = Un código para recibir atención médica urgente y esencial, incluso sin permiso. Nadie le denunciará a la policía.
svc-stp-code-for = Para extranjeros sin un permiso de residencia (permesso di soggiorno) válido.

svc-home-nursing = Atención médica en casa (ADI)
svc-home-nursing-gives = Enfermeros y médicos vienen a casa. Hace falta la petición del médico de familia. El Punto Único de Acceso (PUA) organiza la visita de evaluación.
svc-home-nursing-for = Para personas que no pueden salir de casa para recibir atención médica.

svc-mental-health-centre = Centro de salud mental (CPS)
svc-mental-health-centre-gives = Psicólogos y médicos que escuchan y tratan. Es gratis.
svc-mental-health-centre-for = Para adultos con ansiedad, tristeza fuerte u otros problemas de salud mental.

svc-addiction-service = Servicio para las adicciones (SerD)
svc-addiction-service-gives = Ayuda y tratamiento para el alcohol, las drogas o el juego. Es gratis y confidencial, incluso sin dar el nombre.
svc-addiction-service-for = Para personas con una adicción y para sus familiares.

svc-consultorio = Centro de salud familiar (consultorio familiare)
svc-consultorio-gives = Consultas y consejos sobre embarazo, anticoncepción y salud de la mujer. Es gratis.
svc-consultorio-for = Para mujeres, parejas y jóvenes.

svc-permit-renewal = Renovación del permiso de residencia (permesso di soggiorno)
svc-permit-renewal-gives = Ayuda para preparar la solicitud. Se envía con el kit de Correos (kit delle Poste).
svc-permit-renewal-for = Para personas con un permiso que vence o que ya venció. Haga la solicitud antes de que venza.

svc-family-reunification = Reagrupación familiar (ricongiungimento familiare)
svc-family-reunification-gives = Ayuda para pedir el permiso para traer a Italia al cónyuge, a los hijos o a los padres.
svc-family-reunification-for = Para personas con un permiso válido, ingresos y una vivienda adecuada.

svc-long-term-permit = Permiso de larga duración (permesso di lungo periodo)
svc-long-term-permit-gives = Un permiso que no vence. Hace falta el examen de italiano de nivel A2.
svc-long-term-permit-for = Para personas que viven en Italia con un permiso desde hace al menos 5 años y tienen ingresos.

svc-italian-course = Curso de italiano gratis
svc-italian-course-gives = Clases de italiano para adultos, con un certificado al final.
svc-italian-course-for = Para adultos extranjeros que quieren aprender italiano.

svc-migrant-legal-advice = Asesoría legal para extranjeros
svc-migrant-legal-advice-gives = Una persona experta le explica qué puede hacer para el permiso o para el asilo. Es gratis.
svc-migrant-legal-advice-for = Para personas que no tienen un permiso válido o que esperan la respuesta a la solicitud de asilo.

svc-emergency-112 = Número de emergencia 112
svc-emergency-112-gives = Policía, carabinieri y ambulancia. Responde siempre, también en otros idiomas.
svc-emergency-112-for = Para personas que están en peligro ahora.

svc-helpline-1522 = Número contra la violencia 1522
svc-helpline-1522-gives = Un número gratis que responde de día y de noche, también en otros idiomas. No aparece en la factura del teléfono.
svc-helpline-1522-for = Para personas que sufren violencia o tienen miedo, y para quien quiere ayudar.

svc-anti-violence-centre = Centro contra la violencia (centro antiviolenza)
svc-anti-violence-centre-gives = Mujeres expertas escuchan y ayudan. Es gratis y secreto. Usted decide qué hacer.
svc-anti-violence-centre-for = Para mujeres que sufren violencia, incluso sin denuncia.

svc-safe-house = Casa refugio (casa rifugio)
svc-safe-house-gives = Un lugar seguro y secreto donde quedarse, también con los hijos.
svc-safe-house-for = Para personas que deben dejar su casa para estar a salvo.

svc-children-protection = Apoyo para los niños
svc-children-protection-gives = Ayuda para los niños que ven o viven la violencia en casa.
svc-children-protection-for = Para las familias con niños afectados.

svc-free-lawyer = Abogado gratis
svc-free-lawyer-gives = Un abogado pagado por el Estado, sean cuales sean los ingresos.
svc-free-lawyer-for = Para personas que sufren violencia en la familia o acoso (stalking). El centro contra la violencia ayuda a encontrarlo.

svc-universal-benefit = Prestación universal (Prestazione universale)
svc-universal-benefit-gives = 850 euros más al mes, además del subsidio de acompañamiento, para pagar a quien cuida en casa.
svc-universal-benefit-for = Para personas que tienen al menos 80 años, el subsidio de acompañamiento (indennità di accompagnamento) y un ISEE de hasta 6.000 euros.

svc-social-pension = Asignación social (Assegno sociale)
svc-social-pension-gives = Dinero cada mes del INPS para personas que tienen poco o nada para vivir.
svc-social-pension-for = Para personas que tienen al menos 67 años y pocos ingresos. Hacen falta 10 años en Italia.

svc-residential-care = Residencias (RSA) y estancias de alivio (ricoveri di sollievo)
svc-residential-care-gives = Una plaza en una residencia con cuidados, para siempre o por unas semanas, para que la familia pueda descansar.
svc-residential-care-for = Para personas que ya no pueden quedarse solas en casa. La solicitud pasa por el Punto Único de Acceso (PUA), que hace una evaluación.

svc-care-worker-help = Ayuda para encontrar una persona cuidadora (badante)
svc-care-worker-help-gives = La oficina le ayuda a encontrar una buena persona cuidadora y a hacer el contrato.
svc-care-worker-help-for = Para las familias que buscan a alguien que cuide en casa a una persona mayor.

svc-measure-b1 = Misura B1 (discapacidad gravísima)
svc-measure-b1-gives = Dinero cada mes y un plan de cuidados, para quien cuida en casa a una persona con una discapacidad gravísima.
svc-measure-b1-for = Para personas que tienen el subsidio de acompañamiento y necesitan asistencia de día y de noche. Lo evalúa el servicio de salud local (Azienda sanitaria).

svc-support-administrator = Administrador de apoyo (amministratore di sostegno)
svc-support-administrator-gives = El juez nombra a una persona, muchas veces un familiar, que ayuda a manejar el dinero y los papeles. No hace falta un abogado.
svc-support-administrator-for = Para personas que ya no pueden manejar por sí mismas el dinero y los trámites.

svc-ticket-exemption = Exención del copago (ticket)
svc-ticket-exemption-gives = No paga el copago (ticket) de consultas y análisis.
svc-ticket-exemption-for = Para niños menores de 6 años y personas de 65 años o más, con ingresos de la familia de hasta 36.152 euros. También para personas desempleadas o con la pensión mínima, con ingresos bajos.

svc-attendance-frequency = Subsidio por asistencia a la escuela o a terapia (indennità di frequenza)
svc-attendance-frequency-gives = Dinero cada mes del INPS, en los meses en que el niño o el joven va a la escuela o hace terapias.
svc-attendance-frequency-for = Para menores de edad con dificultades de larga duración, que van a la escuela o a terapia.

svc-uonpia = Neuropsiquiatría infantil (UONPIA)
svc-uonpia-gives = Médicos y terapeutas para niños y jóvenes con dificultades en el desarrollo, en el comportamiento o en el estado de ánimo. Es gratis.
svc-uonpia-for = Para niños y jóvenes de hasta 17 años.

svc-maternity-allowance = Asignación de maternidad del municipio (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = Dinero para la madre que no tiene otras ayudas de maternidad, o que tiene pocas. La solicitud se hace al municipio dentro de los 6 meses siguientes al nacimiento.
svc-maternity-allowance-for = Para madres con un ISEE de hasta 20.382 euros. Quien viene de fuera de la Unión Europea necesita el permiso de larga duración o la protección.

svc-dedicated-card = Tarjeta para la compra (Carta Dedicata a te)
svc-dedicated-card-gives = Una tarjeta con dinero para comprar comida. No se hace solicitud: el municipio elige a las familias de las listas del INPS.
svc-dedicated-card-for = Para familias de al menos 3 personas con un ISEE de hasta 15.000 euros y sin otras ayudas como la ADI.

svc-over-indebtedness = Ayuda con las deudas (sovraindebitamento)
svc-over-indebtedness-gives = Una persona experta ayuda a hacer un plan para pagar las deudas como se pueda. A veces el juez cancela una parte.
svc-over-indebtedness-for = Para personas con deudas que ya no pueden pagar.

svc-registered-residence = Residencia en el municipio (residenza)
svc-registered-residence-gives = La inscripción en el registro de residentes del municipio (anagrafe). Quien no tiene vivienda puede tener la residencia en una dirección del municipio.
svc-registered-residence-for = Para personas que viven en el municipio y todavía no tienen la residencia. Sin residencia no se pueden recibir muchas ayudas.

svc-psychologist-bonus = Bono psicólogo (bonus psicologo)
svc-psychologist-bonus-gives = Dinero para pagar algunas sesiones con un psicólogo. La solicitud se hace cuando se abre la convocatoria (bando).
svc-psychologist-bonus-for = Para personas con ansiedad, tristeza o estrés, con un ISEE de hasta 50.000 euros.

svc-italian-citizenship = Ciudadanía italiana
svc-italian-citizenship-gives = Ayuda para hacer la solicitud de la ciudadanía italiana.
svc-italian-citizenship-for = Para personas que tienen la residencia en Italia desde hace 10 años, desde hace 5 años para los refugiados, desde hace 4 años para los ciudadanos de la Unión Europea. Hace falta el italiano de nivel B1.

svc-freedom-income = Ingreso de libertad (Reddito di libertà)
svc-freedom-income-gives = Hasta 500 euros al mes durante un año, para empezar de nuevo una vida independiente.
svc-freedom-income-for = Para mujeres que salen de la violencia. Las acompaña un centro contra la violencia junto con el municipio.

svc-violence-permit = Permiso de residencia para quien sufre violencia
svc-violence-permit-gives = Un permiso que no depende de la pareja. Protege a quien denuncia o pide ayuda al centro contra la violencia (centro antiviolenza).
svc-violence-permit-for = Para personas extranjeras que sufren violencia en la familia.

svc-food-aid-urgent = Hoy mismo: vaya a Cáritas o a la oficina de atención social (Sportello Sociale). Le dan comida incluso sin documentos.
svc-night-shelter-urgent = Esta noche: llame al servicio de emergencia social del municipio (Pronto Intervento Sociale), que responde también de noche. O vaya hoy a la oficina de atención social (Sportello Sociale).
svc-emergency-112-urgent = En peligro ahora: llame al 112. Responde siempre, también en otros idiomas.
svc-helpline-1522-urgent = Llame al 1522: es gratis, responde de día y de noche, también en otros idiomas. También puede escribir por chat.
svc-anti-violence-centre-urgent = El centro contra la violencia (centro antiviolenza) escucha y ayuda, incluso sin denuncia. El 1522 le pone en contacto.
svc-safe-house-urgent = Si no puede quedarse en casa, el 1522 y el centro contra la violencia encuentran un lugar seguro, incluso hoy mismo.

rule-needs-personal-care = Hace falta ayuda para lavarse, para la casa o para moverse.
rule-cannot-cook = Hace falta ayuda para cocinar.
rule-lives-alone = Es para personas que viven solas.
rule-may-need-quick-help = Es para personas que pueden necesitar ayuda enseguida.
rule-invalidity-not-recognised = Es para personas que todavía no tienen la invalidez reconocida.
rule-over-65 = Es para personas de 65 años o más.
rule-needs-care-during-day = Hacen falta cuidados durante el día.
rule-law-104-not-recognised = Es para personas que todavía no tienen la Ley 104 (Legge 104).
rule-hard-to-move-around = Es para personas a las que les cuesta moverse o estacionar.
rule-needs-transport = Es para personas que necesitan transporte.
rule-wants-work = Es para personas que buscan trabajo.
rule-working-age = Es para personas de 16 a 66 años.
rule-needs-school-support = Es para personas que necesitan ayuda en la escuela.
rule-school-age = Es para personas de 3 a 20 años.
rule-needs-daily-care = Es para personas que necesitan cuidados cada día.
rule-adult = Es para personas de 18 años o más.
rule-age-18-to-66 = Es para personas de 18 a 66 años.
rule-has-children-or-expecting = Es para personas que tienen hijos o esperan un bebé.
rule-child-under-3 = Es para personas con un hijo menor de 3 años.
rule-needs-childcare = Es para personas que necesitan que alguien cuide a los niños.
rule-isee-up-to-15748 = Hace falta un ISEE de hasta 15.748 euros.
rule-parenting-or-expecting = Es para madres y padres que quieren ayuda y para personas que esperan un bebé.
rule-isee-up-to-40000 = Hace falta un ISEE de hasta 40.000 euros.
rule-household-with-minor-disabled-or-over-60 = En la familia tiene que haber un menor de edad, una persona con discapacidad o una persona de más de 60 años.
rule-isee-up-to-10140 = Hace falta un ISEE de hasta 10.140 euros.
rule-age-18-to-59 = Es para personas de 18 a 59 años.
rule-without-work = Es para personas que no trabajan.
rule-lost-job = Es para personas que perdieron el trabajo.
rule-not-by-choice = El trabajo tiene que haber terminado contra su voluntad.
rule-age-16-to-66 = Es para personas de 16 a 66 años.
rule-no-isee-yet = Es para personas que todavía no tienen el ISEE.
rule-not-enough-food = Es para personas que no tienen suficiente comida.
rule-cannot-pay-basics = Es para personas que no pueden pagar la comida o las facturas.
rule-pays-rent = Es para personas que viven de alquiler.
rule-isee-up-to-26000 = Hace falta un ISEE de hasta 26.000 euros.
rule-no-own-home = Es para personas que no tienen una vivienda propia.
rule-isee-up-to-16000 = Hace falta un ISEE de hasta 16.000 euros.
rule-losing-home = Es para personas que están por perder la vivienda o que no la tienen.
rule-nowhere-to-sleep = Es para personas que no tienen dónde dormir esta noche.
rule-no-family-doctor = Es para personas que no tienen médico de familia.
rule-can-register-with-health-service = Hace falta la ciudadanía europea o un permiso válido.
rule-without-valid-permit = Es para personas que no tienen un permiso válido.
rule-needs-care-at-home = Es para personas que necesitan atención médica en casa.
rule-mental-health = Es para personas con problemas de salud mental.
rule-addiction = Es para personas con una adicción.
rule-pregnancy-or-family-health = Es para el embarazo y la salud de la mujer.
rule-permit-expiring-or-expired = Es para personas con un permiso que vence o que ya venció.
rule-family-abroad = Es para personas que quieren traer a su familia a Italia.
rule-valid-permit = Hace falta un permiso válido.
rule-five-years-in-italy = Hacen falta al menos 5 años en Italia.
rule-learning-italian = Es para personas que quieren aprender italiano.
rule-without-valid-permit-or-asylum = Es para personas que no tienen un permiso válido o que pidieron asilo.
rule-in-danger-now = Es para personas que están en peligro ahora.
rule-no-safe-place = Es para personas que no tienen un lugar seguro adonde ir.
rule-children-involved = Es para personas con niños afectados.
rule-resident-here = Hace falta la residencia (residenza) en el municipio.
rule-permit-for-municipal-services = Quien no es de la Unión Europea debe tener un permiso. También vale el recibo de la renovación.
rule-needs-constant-care = Es para personas que necesitan a alguien siempre a su lado.
rule-invalidity-100-or-pending = Hace falta la invalidez del 100%, aunque la solicitud esté en trámite.
rule-over-80 = Es para personas de 80 años o más.
rule-has-attendance-allowance = Hace falta el subsidio de acompañamiento (indennità di accompagnamento).
rule-isee-up-to-6000 = Hace falta un ISEE de hasta 6.000 euros.
rule-age-67-or-more = Es para personas de 67 años o más.
rule-income-up-to-583-a-month = Los ingresos deben ser de hasta unos 583 euros al mes.
rule-ten-years-in-italy = Hacen falta al menos 10 años en Italia.
rule-permit-for-social-pension = Si viene de fuera de la Unión Europea, hace falta el permiso de larga duración o la protección.
rule-severe-disability = Hace falta el subsidio de acompañamiento o la Ley 104 (Legge 104) en situación de gravedad.
rule-has-carer = Hace falta un familiar o una persona cuidadora (badante) que cuide en casa.
rule-cannot-manage-money = Es para personas que no pueden manejar el dinero y los papeles sin ayuda.
rule-under-6-or-over-65 = Es para niños menores de 6 años y para personas de 65 años o más.
rule-invalidity-46-or-more = Hace falta una invalidez del 46% o más.
rule-minor = Es para personas menores de 18 años.
rule-needs-school-or-care = Es para personas que necesitan ayuda en la escuela o cuidados cada día.
rule-no-attendance-allowance = No se puede recibir junto con el subsidio de acompañamiento.
rule-invalidity-74-or-more = Hace falta una invalidez del 74% o más.
rule-child-mind-or-development = Es para dificultades en el desarrollo, en la escuela o en el estado de ánimo.
rule-child-at-secondary-school = Es para personas con un hijo en secundaria básica o superior (scuola media o superiore).
rule-child-3-to-13 = Es para personas con un hijo de entre 3 y 13 años.
rule-baby-born-recently = Es para un bebé nacido o adoptado hace poco.
rule-isee-up-to-20382 = Hace falta un ISEE de hasta 20.382 euros.
rule-permit-for-inclusion = Si viene de fuera de la Unión Europea, hace falta el permiso de larga duración o la protección.
rule-isee-for-energy-bonus = Hace falta un ISEE de hasta 9.530 euros, o de hasta 20.000 euros con al menos 4 hijos.
rule-isee-up-to-15000 = Hace falta un ISEE de hasta 15.000 euros.
rule-household-of-3-or-more = Es para familias de al menos 3 personas.
rule-cannot-repay-debts = Es para personas con deudas que no pueden pagar.
rule-not-resident = Es para personas que todavía no tienen la residencia (residenza) en el municipio.
rule-isee-up-to-50000 = Hace falta un ISEE de hasta 50.000 euros.
rule-valid-permit-not-long-term = Hace falta un permiso válido, que no sea ya de larga duración.
rule-years-for-citizenship = Hacen falta 10 años de residencia en Italia. Bastan 5 años para los refugiados y 4 para los ciudadanos de la Unión Europea.
rule-needs-money-to-leave = Es para personas que necesitan dinero para vivir de forma independiente.
rule-not-eu-citizen = Es para personas que vienen de fuera de la Unión Europea.
rule-isee-for-b2 = Hace falta un ISEE de hasta 25.000 euros, o de hasta 40.000 euros para un menor de edad.
rule-has-eviction-notice = Es para personas que recibieron una orden de desalojo (sfratto) porque no pueden pagar.
rule-permit-for-family-benefits = Quien no es de la Unión Europea debe tener un permiso que le permita trabajar.
rule-income-for-ticket = Los ingresos deben ser de hasta unos 2.780 euros al mes.
rule-age-17-or-more = Es para personas de 17 años o más.
