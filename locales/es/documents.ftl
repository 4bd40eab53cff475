doc-identity = Documento de identidad
doc-identity-what = Documento de identidad (carta d'identità), pasaporte o licencia de conducir.
doc-identity-where = Si no tiene, el documento de identidad (carta d'identità) se pide en el registro de residentes del municipio (anagrafe).

doc-health-card = Tarjeta sanitaria (tessera sanitaria)
doc-health-card-what = La tarjeta verde o azul con el código fiscal (codice fiscale).
doc-health-card-where = La envía la Agencia Tributaria (Agenzia delle Entrate). Si la perdió, pídala al servicio de salud local (Azienda sanitaria).

doc-isee = Certificado ISEE (Attestazione ISEE)
doc-isee-what = El papel con el valor ISEE de la familia, válido para este año.
doc-isee-where = Lo hace gratis un CAF, o puede hacerlo usted en el sitio web del INPS.

doc-permit = Permiso de residencia (permesso di soggiorno)
doc-permit-what = El permiso válido, o el recibo de la solicitud de renovación.
doc-permit-where = Lo expide la jefatura de policía (Questura).

doc-passport = Pasaporte
doc-passport-what = El pasaporte de su país. Para el permiso de residencia (permesso di soggiorno) debe ser válido, no vencido.
doc-passport-where = Lo expide el consulado o la embajada de su país.

doc-medical-report = Certificados del médico
doc-medical-report-what = Papeles del médico o del hospital que explican la enfermedad.
doc-medical-report-where = Pídalos a su médico de familia (medico di famiglia) o al hospital.

doc-invalidity-report = Dictamen de invalidez (verbale di invalidità)
doc-invalidity-report-what = El papel de los médicos que dice cuánta invalidez tiene usted, en porcentaje.
doc-invalidity-report-where = Lo envía el INPS. También puede descargarlo del sitio web del INPS.

doc-income = Pruebas de ingresos
doc-income-what = Los últimos recibos de sueldo (buste paga), el modelo CU o la declaración de impuestos (dichiarazione dei redditi).
doc-income-where = Se los da el empleador o el INPS. Un CAF puede ayudarle a encontrarlos.

doc-bank-details = IBAN
doc-bank-details-what = El código de la cuenta en el banco o en Correos (Poste), para recibir el dinero.
doc-bank-details-where = Lo encuentra en los papeles del banco o de Correos, o en la aplicación.

doc-bank-statements = Saldo y saldo medio de la cuenta (saldo e giacenza)
doc-bank-statements-what = Cuánto había en la cuenta el 31 de diciembre de hace dos años, y la media de ese año. Para el ISEE de 2026 cuenta 2024.
doc-bank-statements-where = Pídalo al banco o a Correos.

doc-job-end = Carta de fin del trabajo
doc-job-end-what = La carta de despido o el contrato vencido.
doc-job-end-where = Se la da el empleador.

doc-rent-contract = Contrato de alquiler
doc-rent-contract-what = El contrato registrado de la vivienda donde vive.
doc-rent-contract-where = Lo tiene el dueño de la vivienda. Pídale una copia.

doc-rent-receipts = Recibos del alquiler
doc-rent-receipts-what = Las pruebas de que pagó el alquiler, por ejemplo las transferencias.
doc-rent-receipts-where = Los encuentra en el banco o se los pide al dueño de la vivienda.

doc-eviction-notice = Orden de desalojo (atto di sfratto)
doc-eviction-notice-what = El papel del tribunal con el desalojo.
doc-eviction-notice-where = Le llegó por correo o se lo entregó un oficial judicial (ufficiale giudiziario).

doc-bills = Facturas
doc-bills-what = Las últimas facturas (bollette) de luz, gas o agua.
doc-bills-where = Llegan por correo postal o por correo electrónico, o se descargan del sitio web de la compañía.

doc-children-tax-codes = Códigos fiscales de los hijos
doc-children-tax-codes-what = El código fiscal (codice fiscale) de cada hijo.
doc-children-tax-codes-where = Está en la tarjeta sanitaria (tessera sanitaria) de los hijos.

doc-nursery-receipts = Recibos de la guardería
doc-nursery-receipts-what = Los recibos de las cuotas pagadas a la guardería (asilo nido).
doc-nursery-receipts-where = Se los da la guardería.

doc-passport-photos = Fotos tamaño carné
doc-passport-photos-what = Fotos recientes tamaño carné (fototessere), normalmente 2 o 4.
doc-passport-photos-where = Se hacen en un fotógrafo o en una cabina de fotos.

doc-revenue-stamp = Timbre fiscal (marca da bollo)
doc-revenue-stamp-what = Un timbre de 16 euros para pegar en la solicitud.
doc-revenue-stamp-where = Se compra en una tabaquería (tabaccheria).

doc-housing-suitability = Certificado de idoneidad de la vivienda (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = Un papel que dice que la vivienda es bastante grande y sana.
doc-housing-suitability-where = Se pide en la oficina técnica del municipio (Ufficio tecnico del Comune).

doc-family-certificates = Certificados de familia
doc-family-certificates-what = Certificados de nacimiento o de matrimonio de la familia. Deben estar traducidos y legalizados.
doc-family-certificates-where = Se piden en el país de origen y se legalizan en el consulado.

doc-italian-a2 = Certificado de italiano A2
doc-italian-a2-what = La prueba de que sabe italiano básico.
doc-italian-a2-where = Se obtiene con un examen en la Prefectura (Prefettura) o con un curso en el CPIA (escuela para adultos).

doc-introductory-certificate = Primer certificado del médico (certificato medico introduttivo)
doc-introductory-certificate-what = El certificado con el que el médico de familia abre la solicitud ante el INPS. Es el primer paso.
doc-introductory-certificate-where = Lo hace el médico de familia y él mismo lo envía al INPS. Guarde el número que le da.

doc-carer-contract = Contrato de la persona cuidadora (badante)
doc-carer-contract-what = El contrato de trabajo de la persona que cuida en casa, si no es un familiar.
doc-carer-contract-where = Usted lo firmó con la persona cuidadora. También lo encuentra en el sitio web del INPS.

doc-debt-papers = Papeles de las deudas
doc-debt-papers-what = Los contratos de los préstamos, las cartas del banco y los avisos de pago de impuestos (cartelle).
doc-debt-papers-where = Reúna los que tiene en casa. El banco puede darle un resumen.

doc-centre-statement = Declaración del centro contra la violencia (centro antiviolenza)
doc-centre-statement-what = Un papel del centro contra la violencia que dice que le acompaña.
doc-centre-statement-where = Pídalo al centro contra la violencia. El 1522 le pone en contacto.

doc-birth-certificate = Acta de nacimiento
doc-birth-certificate-what = El documento de su país con el lugar y la fecha de nacimiento, traducido y legalizado.
doc-birth-certificate-where = Pídalo en su país o en el consulado.

doc-criminal-record = Certificado de antecedentes penales de su país
doc-criminal-record-what = El documento que dice si tiene condenas en su país, traducido y legalizado.
doc-criminal-record-where = Pídalo en su país o en el consulado.

doc-italian-b1 = Certificado de italiano B1
doc-italian-b1-what = El certificado que dice que sabe italiano de nivel B1.
doc-italian-b1-where = Lo dan las escuelas para adultos (CPIA) y algunas entidades reconocidas.
