# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = Sí
answer-no = No
answer-dont-know = No lo sé

unit-years = años
unit-euro = euros
unit-children = hijos
unit-euro-month = euros al mes
unit-people = personas
unit-years-count = { $count ->
    [one] año
   *[other] años
  }
unit-euro-count = { $count ->
    [one] euro
   *[other] euros
  }
unit-children-count = { $count ->
    [one] hijo
   *[other] hijos
  }
unit-euro-month-count = { $count ->
    [one] euro al mes
   *[other] euros al mes
  }
unit-people-count = { $count ->
    [one] persona
   *[other] personas
  }
number-thousands-separator = .

q-age = { $who ->
    [me] ¿Cuántos años tiene usted?
   *[other] ¿Cuántos años tiene la persona a la que ayuda?
  }
q-age-short = Edad
q-age-why = Algunas ayudas son solo para personas de cierta edad.

q-lives-alone = { $who ->
    [me] ¿Vive usted solo o sola?
   *[other] ¿La persona vive sola?
  }
q-lives-alone-short = Vive sola

q-daily-help = { $who ->
    [me] ¿Qué le cuesta hacer sin ayuda, hoy en día?
   *[other] ¿Qué le cuesta a la persona hacer sin ayuda, hoy en día?
  }
q-daily-help-short = Qué le cuesta
q-daily-help-washing = Lavarse y vestirse
q-daily-help-meals = Cocinar y comer
q-daily-help-housework = Limpiar la casa
q-daily-help-moving = Moverse en casa o salir
q-daily-help-medicines = Tomar los medicamentos
q-daily-help-none = Nada de esto

q-alone-risk = { $who ->
    [me] ¿Le pasa que necesita ayuda enseguida, por ejemplo después de una caída?
   *[other] ¿A la persona le pasa que necesita ayuda enseguida, por ejemplo después de una caída?
  }
q-alone-risk-short = Puede necesitar ayuda enseguida
q-alone-risk-why = Las personas que viven solas pueden tener un aparato para pedir ayuda con un botón.

q-invalidity = { $who ->
    [me] ¿Tiene una invalidez civil (invalidità civile) reconocida?
   *[other] ¿La persona tiene una invalidez civil (invalidità civile) reconocida?
  }
q-invalidity-short = Invalidez civil
q-invalidity-100-attendance = { $who ->
    [me] Sí, al 100% y tengo el subsidio de acompañamiento (indennità di accompagnamento)
   *[other] Sí, al 100% y tiene el subsidio de acompañamiento (indennità di accompagnamento)
  }
q-invalidity-100 = Sí, al 100%, sin subsidio de acompañamiento
q-invalidity-74-99 = Sí, del 74% al 99%
q-invalidity-46-73 = Sí, del 46% al 73%
q-invalidity-34-45 = Sí, del 34% al 45%
q-invalidity-pending = { $who ->
    [me] Hice la solicitud y espero la respuesta
   *[other] Hizo la solicitud y espera la respuesta
  }
q-invalidity-no = No
q-invalidity-term-title = ¿Qué quiere decir invalidez civil?
q-invalidity-term = Es el reconocimiento de que una enfermedad limita la vida diaria. Lo decide una comisión médica del INPS y lo escribe en porcentaje en el dictamen (verbale). Da derecho a ayudas y a dinero.

q-carer = { $who ->
    [me] ¿Un familiar o una persona cuidadora (badante) le cuida en casa?
   *[other] ¿Usted, un familiar o una persona cuidadora (badante) cuidan de la persona en casa?
  }
q-carer-short = Quién cuida en casa

q-has-isee = { $who ->
    [me] ¿Tiene un ISEE válido para este año?
   *[other] ¿La familia de la persona tiene un ISEE válido para este año?
  }
q-has-isee-short = ISEE
q-has-isee-why = Muchas ayudas dependen del ISEE. Si no lo tiene, le decimos dónde hacerlo gratis.
q-has-isee-term-title = ¿Qué es el ISEE?
q-has-isee-term = Es un número que mide lo que tiene una familia: ingresos, vivienda, ahorros. Lo hacen gratis los CAF. Vale hasta el 31 de diciembre.

q-isee = { $who ->
    [me] ¿Cuánto es su ISEE?
   *[other] ¿Cuánto es el ISEE de la persona?
  }
q-isee-short = Valor del ISEE

q-law-104 = { $who ->
    [me] ¿Tiene reconocida la Ley 104 (Legge 104)?
   *[other] ¿La persona tiene reconocida la Ley 104 (Legge 104)?
  }
q-law-104-short = Ley 104
q-law-104-term-title = ¿Qué es la Ley 104?
q-law-104-severe = Sí, en situación de gravedad (artículo 3, apartado 3)
q-law-104-term = Es la ley sobre las personas con discapacidad. Con el reconocimiento se tienen permisos en el trabajo y otras ayudas. El dictamen (verbale) dice si hay una situación de gravedad.

q-disability-needs = { $who ->
    [me] ¿Para qué necesita ayuda?
   *[other] ¿Para qué necesita ayuda la persona?
  }
q-disability-needs-short = Ayuda que necesita
q-disability-needs-daily-care = Cuidados de cada día, también durante el día fuera de casa
q-disability-needs-transport = Transporte, por ejemplo para ir a consultas médicas o al centro
q-disability-needs-parking = Estacionar cerca de los lugares adonde va
q-disability-needs-work = Encontrar o mantener un trabajo
q-disability-needs-school = Ir a la escuela
q-disability-needs-none = Nada de esto

q-children = { $who ->
    [me] ¿Cuántos hijos menores de 21 años viven con usted?
   *[other] ¿Cuántos hijos menores de 21 años viven con la persona?
  }
q-children-short = Hijos menores de 21 años
q-children-why = Hay ayudas por cada hijo. Si no hay hijos, escriba 0.

q-children-ages = { $who ->
    [me] ¿Cuántos años tienen sus hijos? Elija todas las edades que correspondan.
   *[other] ¿Cuántos años tienen los hijos de la persona? Elija todas las edades que correspondan.
  }
q-children-ages-short = Edad de los hijos
q-children-ages-under-1 = Menos de 1 año
q-children-ages-1-2 = 1 o 2 años (guardería)
q-children-ages-3-5 = De 3 a 5 años (preescolar, scuola dell'infanzia)
q-children-ages-6-10 = De 6 a 10 años (primaria, scuola primaria)
q-children-ages-11-13 = De 11 a 13 años (secundaria básica, scuola media)
q-children-ages-14-18 = De 14 a 18 años (secundaria superior, scuola superiore)
q-children-ages-19-20 = 19 o 20 años

q-newborn = { $who ->
    [me] ¿El bebé nació o llegó a la familia en los últimos 6 meses?
   *[other] ¿El bebé nació o llegó a la familia de la persona en los últimos 6 meses?
  }
q-newborn-short = Bebé nacido en los últimos 6 meses
q-newborn-why = Para algunas ayudas la solicitud se debe hacer dentro de los pocos meses siguientes al nacimiento o a la adopción.

q-pregnant = { $who ->
    [me] ¿Está esperando un bebé?
   *[other] ¿La persona está esperando un bebé?
  }
q-pregnant-short = Espera un bebé

q-family-needs = { $who ->
    [me] ¿Para qué necesita ayuda con los hijos?
   *[other] ¿Para qué necesita ayuda la persona con los hijos?
  }
q-family-needs-short = Ayuda con los hijos
q-family-needs-childcare = Alguien que cuide a los niños pequeños
q-family-needs-parenting = Consejos o apoyo como madre o padre
q-family-needs-none = Nada de esto

q-work-status = { $who ->
    [me] ¿Trabaja actualmente?
   *[other] ¿La persona trabaja actualmente?
  }
q-work-status-short = Trabajo
q-work-status-employed = { $who ->
    [me] Sí, trabajo
   *[other] Sí, trabaja
  }
q-work-status-lost-job = { $who ->
    [me] Perdí el trabajo hace poco
   *[other] Perdió el trabajo hace poco
  }
q-work-status-unemployed = { $who ->
    [me] No trabajo desde hace tiempo
   *[other] No trabaja desde hace tiempo
  }
q-work-status-retired = { $who ->
    [me] Estoy jubilado o jubilada
   *[other] Está jubilada
  }
q-work-status-student = { $who ->
    [me] Estudio
   *[other] Estudia
  }

q-job-lost-involuntary = { $who ->
    [me] ¿El trabajo terminó sin que usted lo quisiera?
   *[other] ¿El trabajo de la persona terminó sin que ella lo quisiera?
  }
q-job-lost-involuntary-short = Trabajo terminado contra su voluntad
q-job-lost-involuntary-why = Por ejemplo, un despido o un contrato vencido. Quien renuncia al trabajo normalmente no recibe la NASpI (prestación por desempleo).

q-household = { $who ->
    [me] ¿Quién vive con usted?
   *[other] ¿Quién vive con la persona?
  }
q-household-short = En la familia hay
q-household-minor = Un hijo menor de 18 años
q-household-disabled = Una persona con discapacidad
q-household-over-60 = Una persona de más de 60 años
q-household-none = Ninguna de estas
q-household-why = La Asignación de Inclusión (Assegno di Inclusione) es para las familias con estas personas. También cuenta la edad de quien pide la ayuda.

q-food = { $who ->
    [me] ¿Tiene comida suficiente para los próximos días?
   *[other] ¿La persona tiene comida suficiente para los próximos días?
  }
q-food-short = Comida para los próximos días

q-bills = { $who ->
    [me] ¿Le cuesta pagar las facturas de luz, gas o agua?
   *[other] ¿A la persona le cuesta pagar las facturas de luz, gas o agua?
  }
q-bills-short = Dificultad con las facturas

q-housing-situation = { $who ->
    [me] ¿Dónde vive ahora?
   *[other] ¿Dónde vive ahora la persona?
  }
q-housing-situation-short = Dónde vive
q-housing-situation-rent = De alquiler
q-housing-situation-own = En una vivienda propia
q-housing-situation-guest = En casa de amigos o parientes
q-housing-situation-no-home = { $who ->
    [me] No tengo vivienda
   *[other] No tiene vivienda
  }

q-sleep-tonight = { $who ->
    [me] ¿Tiene un lugar seguro donde dormir esta noche?
   *[other] ¿La persona tiene un lugar seguro donde dormir esta noche?
  }
q-sleep-tonight-short = Lugar para dormir esta noche

q-eviction = { $who ->
    [me] ¿Ha recibido una orden de desalojo (sfratto)?
   *[other] ¿La persona ha recibido una orden de desalojo (sfratto)?
  }
q-eviction-short = Desalojo
q-eviction-term-title = ¿Qué es el desalojo (sfratto)?
q-eviction-term = Es el acto con el que el juez ordena dejar la vivienda alquilada. Normalmente llega después de meses de alquiler sin pagar.

q-rent-arrears = { $who ->
    [me] ¿Está atrasado o atrasada con el alquiler?
   *[other] ¿La persona está atrasada con el alquiler?
  }
q-rent-arrears-short = Atrasos con el alquiler

q-has-doctor = { $who ->
    [me] ¿Tiene un médico de familia (medico di famiglia)?
   *[other] ¿La persona tiene un médico de familia (medico di famiglia)?
  }
q-has-doctor-short = Médico de familia

q-citizenship = { $who ->
    [me] ¿Qué ciudadanía tiene?
   *[other] ¿Qué ciudadanía tiene la persona?
  }
q-citizenship-short = Ciudadanía
q-citizenship-italian = Italia
q-citizenship-eu = Otro país de la Unión Europea
q-citizenship-non-eu = Un país fuera de la Unión Europea
q-citizenship-why = Para quienes vienen de fuera de la Unión Europea, algunas normas son diferentes.

q-permit = { $who ->
    [me] ¿Tiene un permiso de residencia (permesso di soggiorno)?
   *[other] ¿La persona tiene un permiso de residencia (permesso di soggiorno)?
  }
q-permit-short = Permiso de residencia
q-permit-valid = Sí, válido
q-permit-long-term = Sí, de larga duración (no vence)
q-permit-refugee = Sí, con el estatuto de refugiado
q-permit-subsidiary = Sí, por protección subsidiaria
q-permit-asylum-seeker = { $who ->
    [me] Pedí asilo y espero la respuesta
   *[other] Pidió asilo y espera la respuesta
  }
q-permit-receipt = { $who ->
    [me] Pedí la renovación y tengo el recibo
   *[other] Pidió la renovación y tiene el recibo
  }
q-permit-expiring = Sí, pero vence dentro de 2 meses
q-permit-expired = Sí, pero está vencido
q-permit-none = No
q-permit-term-title = ¿Qué es el permiso de residencia (permesso di soggiorno)?
q-permit-term = Es el documento que permite quedarse en Italia a quien viene de fuera de la Unión Europea. Lo da la jefatura de policía (Questura). El recibo de la renovación vale como el permiso.

q-health-needs = { $who ->
    [me] ¿Qué necesita para su salud?
   *[other] ¿Qué necesita la persona para su salud?
  }
q-health-needs-short = Necesidades de salud
q-health-needs-home-care = Cuidados en casa, por ejemplo una enfermera
q-health-needs-mental-health = Ayuda para la ansiedad, la tristeza u otros problemas de salud mental
q-health-needs-addiction = Ayuda con el alcohol, las drogas o el juego
q-health-needs-pregnancy = Embarazo, anticoncepción o salud de la mujer
q-health-needs-none = Nada de esto

q-years-italy = { $who ->
    [me] ¿Desde hace cuántos años vive en Italia?
   *[other] ¿Desde hace cuántos años vive la persona en Italia?
  }
q-years-italy-short = Años en Italia
q-years-italy-why = Algunas ayudas piden cierto número de años en Italia. Después de 5 años se puede pedir un permiso que no vence.

q-family-abroad = { $who ->
    [me] ¿Quiere traer a su familia a Italia?
   *[other] ¿La persona quiere traer a su familia a Italia?
  }
q-family-abroad-short = Familia que quiere traer

q-italian-level = { $who ->
    [me] ¿Cuánto italiano habla?
   *[other] ¿Cuánto italiano habla la persona?
  }
q-italian-level-short = Italiano
q-italian-level-none = Nada
q-italian-level-basic = Poco
q-italian-level-good = Bien

q-danger-now = { $who ->
    [me] ¿Está en peligro ahora?
   *[other] ¿La persona está en peligro ahora?
  }
q-danger-now-short = En peligro ahora

q-safe-place = { $who ->
    [me] ¿Tiene un lugar seguro adonde ir, si tiene que dejar su casa?
   *[other] ¿La persona tiene un lugar seguro adonde ir, si tiene que dejar su casa?
  }
q-safe-place-short = Lugar seguro adonde ir

q-children-involved = { $who ->
    [me] ¿Hay niños que ven o viven esta violencia?
   *[other] ¿Hay niños que ven o viven esta violencia?
  }
q-children-involved-short = Niños afectados

q-needs-constant-care = { $who ->
    [me] ¿Necesita a alguien a su lado todo el día, o también de noche?
   *[other] ¿La persona necesita a alguien a su lado todo el día, o también de noche?
  }
q-needs-constant-care-short = Necesita a alguien siempre a su lado
q-needs-constant-care-why = Las personas que no pueden quedarse solas pueden recibir más ayudas, en dinero y en cuidados.

q-manages-money = { $who ->
    [me] ¿Puede manejar sin ayuda el dinero y los papeles, como el banco y las facturas?
   *[other] ¿La persona puede manejar sin ayuda el dinero y los papeles, como el banco y las facturas?
  }
q-manages-money-short = Maneja dinero y papeles
q-manages-money-why = Si una persona ya no puede hacerlo, el juez puede nombrar a alguien que la ayude.

q-municipality = { $who ->
    [me] ¿En qué municipio (Comune) vive?
   *[other] ¿En qué municipio (Comune) vive la persona?
  }
q-municipality-short = Municipio donde vive
q-municipality-why = Cada municipio ayuda a quienes viven en él. Así le mostramos primero la oficina de su municipio.
q-municipality-other = Otro municipio, que no está en esta lista

q-resident = { $who ->
    [me] ¿Tiene la residencia (residenza) en el municipio donde vive?
   *[other] ¿La persona tiene la residencia (residenza) en el municipio donde vive?
  }
q-resident-short = Residencia en el municipio
q-resident-why = Muchas ayudas del municipio son para quienes tienen la residencia allí.
q-resident-term-title = ¿Qué es la residencia (residenza)?
q-resident-term = Quiere decir figurar en el registro de residentes (anagrafe) del municipio donde se vive. Se pide en la oficina del registro (ufficio anagrafe). También quien no tiene vivienda puede tenerla.

q-monthly-income = { $who ->
    [me] ¿Cuánto dinero recibe cada mes, en total?
   *[other] ¿Cuánto dinero recibe la persona cada mes, en total?
  }
q-monthly-income-short = Ingresos al mes
q-monthly-income-why = Cuentan la pensión y cualquier otro ingreso. Quien tiene poco puede recibir una ayuda del INPS.

q-household-size = { $who ->
    [me] ¿Cuántas personas viven en su casa, incluyéndose usted?
   *[other] ¿Cuántas personas viven en la casa, incluida la persona?
  }
q-household-size-short = Personas en casa
q-household-size-why = Algunas ayudas son para familias de al menos 3 personas.

q-debts = { $who ->
    [me] ¿Tiene deudas que ya no puede pagar?
   *[other] ¿La persona tiene deudas que ya no puede pagar?
  }
q-debts-short = Deudas que no puede pagar

q-needs-money = { $who ->
    [me] ¿Necesita dinero para vivir por su cuenta?
   *[other] ¿La persona necesita dinero para vivir por su cuenta?
  }
q-needs-money-short = Necesita dinero para empezar de nuevo
q-needs-money-why = Hay una ayuda en dinero para quien sale de la violencia y quiere empezar de nuevo.
