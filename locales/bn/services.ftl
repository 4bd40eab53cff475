# Servizi: nome, cosa dà, per chi è. Regole: una frase semplice per ogni regola.

provider-sportello-sociale = পৌরসভার সমাজসেবা ডেস্ক (Sportello Sociale)
provider-pua = একক প্রবেশ কেন্দ্র (Porta Unica di Accesso, PUA)
provider-inps = INPS (ইতালির সামাজিক নিরাপত্তা সংস্থা), CAF বা patronato-র মাধ্যমেও
provider-caf-patronato = CAF বা patronato (বিনামূল্যে সাহায্যের অফিস)
provider-centro-impiego = কর্মসংস্থান কেন্দ্র (Centro per l'impiego)
provider-sportello-stranieri = বিদেশিদের ডেস্ক (Sportello Stranieri)
provider-centro-antiviolenza = সহিংসতা-বিরোধী কেন্দ্র (Centro antiviolenza)
provider-asst = স্থানীয় স্বাস্থ্য কর্তৃপক্ষ (Azienda sanitaria, ASST)
provider-caritas = Caritas ও খাদ্য ব্যাংক (banco alimentare)
provider-ufficio-scuola = পৌরসভার স্কুল অফিস (Ufficio scuola)
provider-cpia = প্রাপ্তবয়স্কদের স্কুল (CPIA)
provider-comune = পৌরসভার (Comune) অফিস
provider-emergency = জরুরি নম্বর

time-now = সঙ্গে সঙ্গে
time-days = কয়েক দিন
time-weeks = কয়েক সপ্তাহ
time-months = কয়েক মাস
time-call = যখন পৌরসভা আবেদনের আহ্বান (bando) খোলে, সাধারণত বছরে একবার

svc-first-listening = সমাজসেবা ডেস্কে (Sportello Sociale) প্রথম সাক্ষাৎ
svc-first-listening-gives = আপনার অবস্থার কথা বলার জন্য একটি সাক্ষাৎ। তাঁরা আপনার কথা শোনেন, আপনার অধিকারগুলো বুঝিয়ে বলেন এবং কোথায় যেতে হবে জানান। এটি বিনামূল্যে।
svc-first-listening-for = সবার জন্য, যাঁরা জানেন না কোথা থেকে শুরু করবেন, তাঁদের জন্যও।

svc-social-worker = সমাজকর্মীর (assistente sociale) সাথে অ্যাপয়েন্টমেন্ট
svc-social-worker-gives = সমাজকর্মী আপনার অবস্থা ভালো করে জেনে নেন, এবং আপনার সাথে মিলে সাহায্যের একটি পরিকল্পনা তৈরি করেন।
svc-social-worker-for = যাঁদের অবস্থা কঠিন এবং একসাথে কয়েক ধরনের সাহায্য দরকার, তাঁদের জন্য।

svc-home-care = বাড়িতে সেবা (SAD)
svc-home-care-gives = একজন সেবাকর্মী বাড়িতে আসেন। তিনি গোসল করতে, কাপড় পরতে এবং ঘর পরিষ্কার রাখতে সাহায্য করেন।
svc-home-care-for = যাঁরা প্রতিদিনের কাজ আর নিজে নিজে করতে পারেন না, তাঁদের জন্য।

svc-meals-at-home = বাড়িতে খাবার
svc-meals-at-home-gives = প্রতিদিন বাড়িতে পৌঁছে দেওয়া একটি গরম খাবার। খরচ ISEE অনুযায়ী।
svc-meals-at-home-for = যাঁরা আর নিজে রান্না করতে পারেন না, তাঁদের জন্য।

svc-telecare = জরুরি সাহায্যের যন্ত্র (Telesoccorso)
svc-telecare-gives = একটি বোতামসহ ছোট একটি যন্ত্র। বোতাম চাপলে একটি কেন্দ্র দিনরাত সাড়া দেয় এবং সাহায্য পাঠায়।
svc-telecare-for = যাঁরা একা থাকেন এবং হঠাৎ সঙ্গে সঙ্গে সাহায্যের দরকার হতে পারে, তাঁদের জন্য।

svc-civil-invalidity = স্বীকৃত অক্ষমতার (invalidità civile) আবেদন
svc-civil-invalidity-gives = এই স্বীকৃতি যে কোনো অসুখ জীবনকে সীমিত করে। এতে অন্য সাহায্য ও টাকা পাওয়ার পথ খোলে।
svc-civil-invalidity-for = যাঁদের এমন অসুখ আছে, যা প্রতিদিনের জীবনকে সীমিত করে, তাঁদের জন্য। প্রথম ধাপ হলো পারিবারিক ডাক্তারের (medico di famiglia) সার্টিফিকেট।

svc-attendance-allowance = পরিচর্যা ভাতা (indennità di accompagnamento)
svc-attendance-allowance-gives = INPS থেকে প্রতি মাসে টাকা, যিনি সাহায্য করেন তাঁকে দেওয়ার জন্য। এটি আয়ের ওপর নির্ভর করে না।
svc-attendance-allowance-for = যাঁদের 100% অক্ষমতা আছে এবং সবসময় সাহায্য দরকার, তাঁদের জন্য। ডাক্তারের একটি নতুন সার্টিফিকেট দিয়ে এটি চাইতে হয়।

svc-day-centre = বয়স্কদের দিবাকালীন কেন্দ্র (Centro diurno)
svc-day-centre-gives = দিন কাটানোর একটি জায়গা। সেখানে সেবা, খাবার ও নানা কাজকর্ম আছে। সন্ধ্যায় বাড়ি ফেরা হয়।
svc-day-centre-for = যে বয়স্ক মানুষদের দিনের বেলা সেবা দরকার, তাঁদের জন্য। আবেদন PUA-র মাধ্যমে যায়।

svc-carer-allowance = পরিবারের সদস্যের দেখাশোনা যিনি করেন, তাঁর জন্য সাহায্য (Misura B2)
svc-carer-allowance-gives = যিনি বাড়িতে একজন পরনির্ভর ব্যক্তির দেখাশোনা করেন, তাঁর জন্য রিজিওন (Regione) থেকে টাকা।
svc-carer-allowance-for = যাঁরা পরিচর্যা ভাতা (accompagnamento) পান বা যাঁদের গুরুতর আইন 104 (Legge 104) স্বীকৃতি আছে, এবং বাড়িতে পরিবারের কেউ বা চুক্তিবদ্ধ একজন পরিচর্যাকর্মী (badante) যাঁদের দেখাশোনা করেন, তাঁদের জন্য। আবেদন PUA-র মাধ্যমে যায়।

svc-law-104-recognition = আইন 104 (Legge 104)-এর আবেদন
svc-law-104-recognition-gives = প্রতিবন্ধিতার স্বীকৃতি। এতে কাজ থেকে ছুটি এবং অন্যান্য সাহায্য পাওয়া যায়।
svc-law-104-recognition-for = প্রতিবন্ধী ব্যক্তি এবং তাঁদের পরিবারের সদস্যদের জন্য।

svc-disabled-parking = পার্কিংয়ের বিশেষ কার্ড (contrassegno)
svc-disabled-parking-gives = গাড়ির জন্য একটি কার্ড। এটি থাকলে প্রতিবন্ধীদের জন্য রাখা জায়গায় গাড়ি রাখা যায়।
svc-disabled-parking-for = যাঁরা খুব কষ্ট করে হাঁটেন বা চোখে দেখেন না, তাঁদের জন্য।

svc-social-transport = সামাজিক পরিবহন
svc-social-transport-gives = একটি গাড়ি বা ছোট বাস ডাক্তার দেখানো, থেরাপি বা দিবাকালীন কেন্দ্রে নিয়ে যায়।
svc-social-transport-for = যাঁরা নিজে গণপরিবহনে চলাফেরা করতে পারেন না, তাঁদের জন্য।

svc-targeted-employment = লক্ষ্যভিত্তিক কর্মসংস্থান (collocamento mirato)
svc-targeted-employment-gives = উপযুক্ত কাজ খুঁজে পেতে সাহায্য। কোম্পানিগুলোকে প্রতিবন্ধী ব্যক্তিদের নিয়োগ দিতে হয়।
svc-targeted-employment-for = যাঁদের 46% বা তার বেশি অক্ষমতা আছে এবং কাজ খুঁজছেন, তাঁদের জন্য।

svc-school-assistant = স্কুলে সহকারী
svc-school-assistant-gives = একজন শিক্ষা-সহকারী (educatore) স্কুলে প্রতিবন্ধী শিশু বা কিশোরকে সাহায্য করেন।
svc-school-assistant-for = প্রতিবন্ধী শিক্ষার্থীদের জন্য। নার্সারি স্কুল থেকে উচ্চ মাধ্যমিক পর্যন্ত প্রযোজ্য।

svc-disability-day-centre = প্রতিবন্ধীদের দিবাকালীন কেন্দ্র
svc-disability-day-centre-gives = দিন কাটানোর একটি জায়গা, কাজকর্ম ও সেবাসহ। সন্ধ্যায় বাড়ি ফেরা হয়।
svc-disability-day-centre-for = যে প্রাপ্তবয়স্ক প্রতিবন্ধী ব্যক্তিদের প্রতিদিন সেবা দরকার, তাঁদের জন্য। আবেদন PUA-র মাধ্যমে যায়।

svc-invalidity-pension = অক্ষমতা ভাতা বা পেনশন (assegno o pensione di invalidità)
svc-invalidity-pension-gives = INPS থেকে প্রতি মাসে টাকা: 74% অক্ষমতা থেকে ভাতা (assegno), 100% হলে পেনশন।
svc-invalidity-pension-for = 18 থেকে 66 বছর বয়সী মানুষদের জন্য, যাঁদের 74% বা তার বেশি অক্ষমতা আছে এবং আয় কম।

svc-child-benefit = সন্তানদের জন্য একক ভাতা (Assegno Unico)
svc-child-benefit-gives = প্রত্যেক সন্তানের জন্য প্রতি মাসে টাকা, গর্ভাবস্থার সপ্তম মাস থেকে 21 বছর বয়স পর্যন্ত। ISEE থাকলে বেশি পাওয়া যায়।
svc-child-benefit-for = সন্তান আছে এমন সব পরিবারের জন্য।

svc-nursery-bonus = নার্সারি বোনাস (Bonus asilo nido)
svc-nursery-bonus-gives = নার্সারির (asilo nido) খরচ, বা ছোট শিশুদের জন্য বাড়িতে সাহায্যের খরচ দিতে INPS থেকে টাকা।
svc-nursery-bonus-for = 3 বছরের কম বয়সী শিশু আছে এমন পরিবারের জন্য। ISEE কম হলে বেশি পাওয়া যায়।

svc-municipal-nursery = পৌরসভার নার্সারি (Asilo nido del Comune)
svc-municipal-nursery-gives = নার্সারিতে একটি জায়গা। যাঁদের ISEE কম, তাঁরা কম টাকা দেন।
svc-municipal-nursery-for = 3 বছরের কম বয়সী শিশু আছে এমন পরিবারের জন্য।

svc-school-grant = স্কুলের বই ও উপকরণের সাহায্য (Dote Scuola)
svc-school-grant-gives = বই ও স্কুলের উপকরণ কেনার জন্য রিজিওন (Regione) থেকে একটি ভাউচার।
svc-school-grant-for = নিম্ন মাধ্যমিক (medie) ও উচ্চ মাধ্যমিক (superiori) স্কুলের শিক্ষার্থীদের জন্য, ISEE 15,748 ইউরো পর্যন্ত হলে।

svc-school-meals-discount = স্কুলের খাবার ও স্কুল বাসে ছাড়
svc-school-meals-discount-gives = পৌরসভা স্কুলের খাবার (mensa) ও স্কুল বাসের খরচ কমিয়ে দেয়।
svc-school-meals-discount-for = যে পরিবারের সন্তান প্রাক-প্রাথমিক, প্রাথমিক বা নিম্ন মাধ্যমিক স্কুলে পড়ে, তাঁদের জন্য। যাঁদের ISEE কম, তাঁরা কম টাকা দেন।

svc-family-centre = পরিবার কেন্দ্র (Centro per la famiglia)
svc-family-centre-gives = মা-বাবার জন্য আলোচনা ও পরামর্শ, গর্ভাবস্থার সময়েও। এটি বিনামূল্যে।
svc-family-centre-for = মা, বাবা এবং যাঁদের সন্তান হতে যাচ্ছে, তাঁদের জন্য।

svc-birth-bonus = নবজাতকের বোনাস
svc-birth-bonus-gives = জন্ম নেওয়া বা দত্তক নেওয়া প্রতিটি শিশুর জন্য 1,000 ইউরো। জন্মের 120 দিনের মধ্যে আবেদন করতে হয়।
svc-birth-bonus-for = 2025 সাল থেকে জন্ম নেওয়া বা দত্তক নেওয়া শিশুদের জন্য, যে পরিবারের ISEE 40,000 ইউরো পর্যন্ত।

svc-inclusion-allowance = অন্তর্ভুক্তি ভাতা (Assegno di Inclusione, ADI)
svc-inclusion-allowance-gives = প্রতি মাসে টাকা, এবং দারিদ্র্য থেকে বেরিয়ে আসতে সমাজসেবা বিভাগের সাথে একটি পরিকল্পনা।
svc-inclusion-allowance-for = যে পরিবারের ISEE 10,140 ইউরো পর্যন্ত এবং যেখানে একজন অপ্রাপ্তবয়স্ক, একজন প্রতিবন্ধী ব্যক্তি বা 60 বছরের বেশি বয়সী একজন আছেন, তাঁদের জন্য। ইতালিতে 5 বছর থাকতে হয়। ইউরোপীয় ইউনিয়নের বাইরে থেকে এলে দীর্ঘমেয়াদি অনুমতিপত্র বা সুরক্ষা (protezione) থাকতে হবে।

svc-training-support = প্রশিক্ষণ ও কাজের সহায়তা (Supporto Formazione e Lavoro, SFL)
svc-training-support-gives = কোনো কোর্স বা কাজের প্রকল্প করার সময় মাসে 500 ইউরো।
svc-training-support-for = 18 থেকে 59 বছর বয়সী কাজহীন মানুষদের জন্য, ISEE 10,140 ইউরো পর্যন্ত হলে। ইতালিতে থাকার বছর ও অনুমতিপত্রের বিষয়ে ADI-র নিয়মই প্রযোজ্য।

svc-unemployment-benefit = NASpI (বেকার ভাতা)
svc-unemployment-benefit-gives = কাজ শেষ হওয়ার পরে INPS থেকে প্রতি মাসে টাকা। 68 দিনের মধ্যে আবেদন করতে হয়।
svc-unemployment-benefit-for = যাঁরা নিজের ইচ্ছার বিরুদ্ধে কাজ হারিয়েছেন, তাঁদের জন্য।

svc-job-centre = কর্মসংস্থান কেন্দ্র (Centro per l'impiego)
svc-job-centre-gives = কাজ খুঁজতে সাহায্য, বিনামূল্যে কোর্স, এবং বেকার হিসেবে নাম নিবন্ধন।
svc-job-centre-for = যাঁরা কাজ খুঁজছেন, তাঁদের জন্য।

svc-energy-bonus = বিদ্যুৎ, গ্যাস ও পানির সামাজিক বোনাস (Bonus sociale)
svc-energy-bonus-gives = বিলে ছাড়। ISEE করালে এটি নিজে থেকেই চলে আসে।
svc-energy-bonus-for = যে পরিবারের ISEE 9,530 ইউরো পর্যন্ত, অথবা কমপক্ষে 4 জন সন্তান থাকলে 20,000 ইউরো পর্যন্ত, তাঁদের জন্য।

svc-isee-help = বিনামূল্যে ISEE (পরিবারের আর্থিক অবস্থার হিসাব) করানো
svc-isee-help-gives = একটি CAF অফিস টাকা না নিয়ে আপনার ISEE হিসাব করে দেয়। প্রায় সব সাহায্যের জন্য এটি লাগে।
svc-isee-help-for = যাঁদের এখনো এই বছরের ISEE নেই, বা জানেন না আছে কিনা, তাঁদের জন্য।

svc-food-aid = খাবারের জন্য সাহায্য
svc-food-aid-gives = খাবারের প্যাকেট, বা সামাজিক দোকানের (emporio solidale) একটি কার্ড। সঙ্গে সঙ্গেও পাওয়া যায়।
svc-food-aid-for = যাঁদের কাছে যথেষ্ট খাবার নেই, তাঁদের জন্য।

svc-emergency-grant = পৌরসভার আর্থিক সাহায্য (Contributo economico)
svc-emergency-grant-gives = জরুরি খরচের জন্য একবারের টাকার সাহায্য, যেমন বিল বা খাবার।
svc-emergency-grant-for = যাঁদের জরুরি টাকার সমস্যা আছে, তাঁদের জন্য। সিদ্ধান্ত নেন সমাজকর্মী।

svc-rent-support = ভাড়ার জন্য সাহায্য
svc-rent-support-gives = ভাড়ার একটি অংশ দেওয়ার জন্য টাকা। পৌরসভা ও রিজিওন (Regione) মিলে এটি দেয়।
svc-rent-support-for = যাঁরা ভাড়া দেন এবং যাঁদের ISEE 26,000 ইউরো পর্যন্ত, তাঁদের জন্য।

svc-arrears-fund = বাকি ভাড়ার তহবিল (morosità incolpevole)
svc-arrears-fund-gives = বাকি পড়া ভাড়া শোধ করে উচ্ছেদ থামানোর জন্য টাকা।
svc-arrears-fund-for = যাঁরা কাজ বা আয় হারানোর কারণে ভাড়া দিতে পারছেন না, তাঁদের জন্য।

svc-social-housing = সরকারি কম ভাড়ার বাসা (casa popolare, SAP)
svc-social-housing-gives = কম দামে ভাড়ার একটি বাসা। আবেদনের আহ্বান (bando) খুললে আবেদন করতে হয়।
svc-social-housing-for = যে পরিবারের নিজের মালিকানার বাসা নেই এবং ISEE 16,000 ইউরো পর্যন্ত, তাঁদের জন্য।

svc-housing-emergency = জরুরি বাসস্থান
svc-housing-emergency-gives = কিছু সময় থাকার একটি জায়গা, যতদিন বাসা খোঁজা হয়।
svc-housing-emergency-for = যাঁরা বাসা হারাতে যাচ্ছেন বা যাঁদের বাসা নেই, তাঁদের জন্য।

svc-night-shelter = আজ রাতে ঘুমানোর জায়গা
svc-night-shelter-gives = রাতে থাকার একটি বিছানা, গোসল আর একবেলা খাবার। জরুরি সামাজিক সেবা (Pronto Intervento Sociale) এটি খুঁজে দেয়, রাতেও।
svc-night-shelter-for = যাঁদের আজ রাতে ঘুমানোর নিরাপদ জায়গা নেই, তাঁদের জন্য।

svc-family-doctor = স্বাস্থ্যসেবায় নিবন্ধন ও পারিবারিক ডাক্তার
svc-family-doctor-gives = বিনামূল্যে একজন পারিবারিক ডাক্তার (medico di famiglia) এবং স্বাস্থ্য কার্ড (tessera sanitaria)।
svc-family-doctor-for = যাঁরা ইতালিতে থাকেন এবং এখনো ডাক্তার নেই, তাঁদের জন্য। অনুমতিপত্র নবায়নের রসিদ দিয়েও হয়।

svc-stp-code = চিকিৎসার জন্য STP কোড
svc-stp-code-gives = জরুরি ও প্রয়োজনীয় চিকিৎসা পাওয়ার একটি কোড, অনুমতিপত্র ছাড়াও। কেউ আপনার বিরুদ্ধে পুলিশে রিপোর্ট করবে না।
svc-stp-code-for = বৈধ থাকার অনুমতিপত্র (permesso di soggiorno) নেই এমন বিদেশিদের জন্য।

svc-home-nursing = বাড়িতে চিকিৎসা (ADI)
svc-home-nursing-gives = নার্স ও ডাক্তাররা বাড়িতে আসেন। পারিবারিক ডাক্তারের অনুরোধ লাগে। মূল্যায়নের জন্য বাড়িতে আসার ব্যবস্থা করে PUA।
svc-home-nursing-for = যাঁরা চিকিৎসার জন্য বাড়ি থেকে বের হতে পারেন না, তাঁদের জন্য।

svc-mental-health-centre = মানসিক স্বাস্থ্য কেন্দ্র (CPS)
svc-mental-health-centre-gives = মনোবিজ্ঞানী ও ডাক্তার, যাঁরা কথা শোনেন ও চিকিৎসা করেন। এটি বিনামূল্যে।
svc-mental-health-centre-for = দুশ্চিন্তা, গভীর মন খারাপ বা মনের অন্য সমস্যা আছে এমন প্রাপ্তবয়স্কদের জন্য।

svc-addiction-service = আসক্তির চিকিৎসা সেবা (SerD)
svc-addiction-service-gives = মদ, মাদক বা জুয়ার জন্য সাহায্য ও চিকিৎসা। এটি বিনামূল্যে ও গোপনীয়, নাম না দিয়েও।
svc-addiction-service-for = যাঁদের আসক্তি আছে, তাঁদের এবং তাঁদের পরিবারের সদস্যদের জন্য।

svc-consultorio = পারিবারিক স্বাস্থ্য ক্লিনিক (Consultorio familiare)
svc-consultorio-gives = গর্ভাবস্থা, জন্মনিয়ন্ত্রণ ও নারীর স্বাস্থ্য বিষয়ে পরীক্ষা ও পরামর্শ। এটি বিনামূল্যে।
svc-consultorio-for = নারী, দম্পতি ও তরুণ-তরুণীদের জন্য।

svc-permit-renewal = থাকার অনুমতিপত্র (permesso di soggiorno) নবায়ন
svc-permit-renewal-gives = আবেদন তৈরি করতে সাহায্য। এটি পোস্ট অফিসের (Poste) কিট দিয়ে পাঠাতে হয়।
svc-permit-renewal-for = যাঁদের অনুমতিপত্রের মেয়াদ শেষ হতে যাচ্ছে বা শেষ হয়ে গেছে, তাঁদের জন্য। মেয়াদ শেষ হওয়ার আগেই আবেদন করুন।

svc-family-reunification = পারিবারিক পুনর্মিলন (Ricongiungimento familiare)
svc-family-reunification-gives = স্বামী বা স্ত্রী, সন্তান বা মা-বাবাকে ইতালিতে আনার অনুমতি চাইতে সাহায্য।
svc-family-reunification-for = যাঁদের বৈধ অনুমতিপত্র, আয় এবং উপযুক্ত বাসা আছে, তাঁদের জন্য।

svc-long-term-permit = দীর্ঘমেয়াদি অনুমতিপত্র (permesso di lungo periodo)
svc-long-term-permit-gives = এমন একটি অনুমতিপত্র, যার মেয়াদ শেষ হয় না। A2 স্তরের ইতালীয় ভাষার পরীক্ষা লাগে।
svc-long-term-permit-for = যাঁরা কমপক্ষে 5 বছর ধরে অনুমতিপত্র নিয়ে ইতালিতে আছেন এবং যাঁদের আয় আছে, তাঁদের জন্য।

svc-italian-course = বিনামূল্যে ইতালীয় ভাষার কোর্স
svc-italian-course-gives = প্রাপ্তবয়স্কদের জন্য ইতালীয় ভাষার ক্লাস, শেষে একটি সার্টিফিকেট।
svc-italian-course-for = যে বিদেশি প্রাপ্তবয়স্করা ইতালীয় ভাষা শিখতে চান, তাঁদের জন্য।

svc-migrant-legal-advice = বিদেশিদের জন্য আইনি পরামর্শ
svc-migrant-legal-advice-gives = একজন বিশেষজ্ঞ বুঝিয়ে বলেন, অনুমতিপত্র বা আশ্রয়ের (asilo) বিষয়ে আপনি কী করতে পারেন। এটি বিনামূল্যে।
svc-migrant-legal-advice-for = যাঁদের বৈধ অনুমতিপত্র নেই, বা যাঁরা আশ্রয়ের আবেদনের উত্তরের অপেক্ষায় আছেন, তাঁদের জন্য।

svc-emergency-112 = জরুরি নম্বর 112
svc-emergency-112-gives = পুলিশ, কারাবিনিয়েরি (carabinieri) ও অ্যাম্বুলেন্স। সবসময় উত্তর দেয়, অন্য ভাষাতেও।
svc-emergency-112-for = যাঁরা এখন বিপদে আছেন, তাঁদের জন্য।

svc-helpline-1522 = সহিংসতা-বিরোধী নম্বর 1522
svc-helpline-1522-gives = একটি বিনামূল্যের নম্বর, দিনরাত উত্তর দেয়, অন্য ভাষাতেও। ফোনের বিলে এটি দেখা যায় না।
svc-helpline-1522-for = যাঁরা সহিংসতার শিকার বা ভয়ে আছেন, এবং যাঁরা সাহায্য করতে চান, তাঁদের জন্য।

svc-anti-violence-centre = সহিংসতা-বিরোধী কেন্দ্র (Centro antiviolenza)
svc-anti-violence-centre-gives = অভিজ্ঞ নারীরা কথা শোনেন ও সাহায্য করেন। এটি বিনামূল্যে ও গোপন। কী করবেন, সিদ্ধান্ত আপনার।
svc-anti-violence-centre-for = সহিংসতার শিকার নারীদের জন্য, পুলিশে অভিযোগ না করলেও।

svc-safe-house = নিরাপদ আশ্রয়বাড়ি (Casa rifugio)
svc-safe-house-gives = থাকার জন্য একটি নিরাপদ ও গোপন জায়গা, সন্তানদের সাথেও।
svc-safe-house-for = নিরাপদ থাকার জন্য যাঁদের বাড়ি ছাড়তে হবে, তাঁদের জন্য।

svc-children-protection = শিশুদের জন্য সহায়তা
svc-children-protection-gives = যে শিশুরা বাড়িতে সহিংসতা দেখে বা তার মধ্যে থাকে, তাদের জন্য সাহায্য।
svc-children-protection-for = যে পরিবারের শিশুরা এতে জড়িত, সেই পরিবারগুলোর জন্য।

svc-free-lawyer = বিনামূল্যে আইনজীবী
svc-free-lawyer-gives = রাষ্ট্রের খরচে একজন আইনজীবী, আপনার আয় যা-ই হোক।
svc-free-lawyer-for = যাঁরা পরিবারে সহিংসতা বা পিছু নিয়ে হয়রানির (stalking) শিকার, তাঁদের জন্য। সহিংসতা-বিরোধী কেন্দ্র আইনজীবী খুঁজে পেতে সাহায্য করে।

svc-universal-benefit = সর্বজনীন ভাতা (Prestazione universale)
svc-universal-benefit-gives = পরিচর্যা ভাতার (accompagnamento) ওপরে আরও মাসে 850 ইউরো, বাড়িতে যিনি দেখাশোনা করেন তাঁকে দেওয়ার জন্য।
svc-universal-benefit-for = যাঁদের বয়স কমপক্ষে 80 বছর, যাঁরা পরিচর্যা ভাতা পান এবং যাঁদের ISEE 6,000 ইউরো পর্যন্ত, তাঁদের জন্য।

svc-social-pension = সামাজিক ভাতা (Assegno sociale)
svc-social-pension-gives = যাঁদের চলার মতো টাকা খুব কম বা একেবারেই নেই, তাঁদের জন্য INPS থেকে প্রতি মাসে টাকা।
svc-social-pension-for = যাঁদের বয়স কমপক্ষে 67 বছর এবং আয় কম, তাঁদের জন্য। ইতালিতে 10 বছর থাকতে হয়।

svc-residential-care = সেবা-নিবাস (RSA) ও স্বল্পমেয়াদি বিশ্রাম-থাকা (ricoveri di sollievo)
svc-residential-care-gives = সেবাসহ একটি প্রতিষ্ঠানে জায়গা, স্থায়ীভাবে বা কয়েক সপ্তাহের জন্য, যাতে পরিবার একটু বিশ্রাম পায়।
svc-residential-care-for = যাঁরা আর একা বাড়িতে থাকতে পারেন না, তাঁদের জন্য। আবেদন PUA-র মাধ্যমে যায়, PUA মূল্যায়ন করে।

svc-care-worker-help = পরিচর্যাকর্মী (badante) খুঁজতে সাহায্য
svc-care-worker-help-gives = ডেস্ক আপনাকে একজন ভালো পরিচর্যাকর্মী খুঁজে পেতে এবং চুক্তি করতে সাহায্য করে।
svc-care-worker-help-for = যে পরিবারগুলো বাড়িতে একজন বয়স্ক মানুষের দেখাশোনার জন্য কাউকে খুঁজছে, তাদের জন্য।

svc-measure-b1 = অতি গুরুতর প্রতিবন্ধিতার সহায়তা (Misura B1)
svc-measure-b1-gives = প্রতি মাসে টাকা ও একটি সেবা পরিকল্পনা, তাঁদের জন্য যাঁরা বাড়িতে অতি গুরুতর প্রতিবন্ধী একজন ব্যক্তির দেখাশোনা করেন।
svc-measure-b1-for = যাঁরা পরিচর্যা ভাতা (accompagnamento) পান এবং যাঁদের দিনরাত সেবা দরকার, তাঁদের জন্য। মূল্যায়ন করে স্থানীয় স্বাস্থ্য কর্তৃপক্ষ (Azienda sanitaria)।

svc-support-administrator = সহায়ক অভিভাবক (amministratore di sostegno)
svc-support-administrator-gives = বিচারক একজনকে নিয়োগ দেন, প্রায়ই পরিবারের কাউকে, যিনি টাকাপয়সা ও কাগজপত্র সামলাতে সাহায্য করেন। আইনজীবী লাগে না।
svc-support-administrator-for = যাঁরা আর নিজে টাকাপয়সা ও কাগজপত্রের কাজ সামলাতে পারেন না, তাঁদের জন্য।

svc-ticket-exemption = চিকিৎসা ফি (ticket) থেকে অব্যাহতি
svc-ticket-exemption-gives = ডাক্তার দেখানো ও পরীক্ষার জন্য ফি (ticket) দিতে হয় না।
svc-ticket-exemption-for = 6 বছরের কম বয়সী শিশু এবং 65 বছর বা তার বেশি বয়সী মানুষদের জন্য, যদি পরিবারের আয় 36,152 ইউরো পর্যন্ত হয়। যাঁরা বেকার বা ন্যূনতম পেনশন পান, আয় কম হলে তাঁদের জন্যও।

svc-attendance-frequency = স্কুল বা থেরাপিতে যাওয়া শিশুদের ভাতা (indennità di frequenza)
svc-attendance-frequency-gives = INPS থেকে প্রতি মাসে টাকা, যে মাসগুলোতে শিশুটি স্কুলে যায় বা থেরাপি নেয়।
svc-attendance-frequency-for = দীর্ঘস্থায়ী সমস্যা আছে এমন অপ্রাপ্তবয়স্কদের জন্য, যারা স্কুলে বা থেরাপিতে যায়।

svc-uonpia = শিশু-কিশোরদের স্নায়ু ও মানসিক স্বাস্থ্য সেবা (UONPIA)
svc-uonpia-gives = বিকাশ, আচরণ বা মেজাজে সমস্যা আছে এমন শিশু ও কিশোরদের জন্য ডাক্তার ও থেরাপিস্ট। এটি বিনামূল্যে।
svc-uonpia-for = 17 বছর পর্যন্ত বয়সী শিশু ও কিশোরদের জন্য।

svc-maternity-allowance = পৌরসভার মাতৃত্ব ভাতা (Assegno di maternità dei Comuni)
svc-maternity-allowance-gives = যে মায়েরা অন্য কোনো মাতৃত্ব সাহায্য পান না, বা অল্প পান, তাঁদের জন্য টাকা। জন্মের 6 মাসের মধ্যে পৌরসভায় আবেদন করতে হয়।
svc-maternity-allowance-for = যে মায়েদের ISEE 20,382 ইউরো পর্যন্ত, তাঁদের জন্য। ইউরোপীয় ইউনিয়নের বাইরে থেকে এলে দীর্ঘমেয়াদি অনুমতিপত্র বা সুরক্ষা (protezione) লাগে।

svc-dedicated-card = বাজার করার কার্ড (Carta Dedicata a te)
svc-dedicated-card-gives = বাজার করার জন্য টাকাসহ একটি কার্ড। আবেদন করতে হয় না: পৌরসভা INPS-এর তালিকা থেকে পরিবার বেছে নেয়।
svc-dedicated-card-for = কমপক্ষে 3 জনের পরিবারের জন্য, যাদের ISEE 15,000 ইউরো পর্যন্ত এবং যারা ADI-র মতো অন্য কোনো সাহায্য পায় না।

svc-over-indebtedness = ঋণের জন্য সাহায্য (sovraindebitamento)
svc-over-indebtedness-gives = একজন বিশেষজ্ঞ সাধ্যমতো ঋণ শোধের একটি পরিকল্পনা করতে সাহায্য করেন। কখনো কখনো বিচারক ঋণের একটি অংশ মাফ করে দেন।
svc-over-indebtedness-for = যাঁদের এমন ঋণ আছে, যা আর শোধ করতে পারছেন না, তাঁদের জন্য।

svc-registered-residence = পৌরসভায় বাসিন্দা নিবন্ধন (residenza)
svc-registered-residence-gives = পৌরসভার নিবন্ধন খাতায় (anagrafe) নাম লেখানো। যাঁদের বাসা নেই, তাঁরা পৌরসভার একটি ঠিকানায় বাসিন্দা নিবন্ধন পেতে পারেন।
svc-registered-residence-for = যাঁরা পৌরসভায় থাকেন কিন্তু এখনো বাসিন্দা নিবন্ধন নেই, তাঁদের জন্য। বাসিন্দা নিবন্ধন ছাড়া অনেক সাহায্য পাওয়া যায় না।

svc-psychologist-bonus = মনোবিজ্ঞানী বোনাস (Bonus psicologo)
svc-psychologist-bonus-gives = একজন মনোবিজ্ঞানীর কাছে কয়েকটি সেশনের খরচ দেওয়ার জন্য টাকা। আবেদনের আহ্বান (bando) খুললে আবেদন করতে হয়।
svc-psychologist-bonus-for = যাঁদের দুশ্চিন্তা, মন খারাপ বা মানসিক চাপ আছে, তাঁদের জন্য, ISEE 50,000 ইউরো পর্যন্ত হলে।

svc-italian-citizenship = ইতালীয় নাগরিকত্ব
svc-italian-citizenship-gives = ইতালীয় নাগরিক হওয়ার আবেদন করতে সাহায্য।
svc-italian-citizenship-for = যাঁদের 10 বছর ধরে ইতালিতে বাসিন্দা নিবন্ধন (residenza) আছে, তাঁদের জন্য; শরণার্থীদের জন্য 5 বছর, ইউরোপীয় ইউনিয়নের নাগরিকদের জন্য 4 বছর। B1 স্তরের ইতালীয় ভাষা লাগে।

svc-freedom-income = মুক্তির আয় (Reddito di libertà)
svc-freedom-income-gives = এক বছর ধরে মাসে সর্বোচ্চ 500 ইউরো, নিজের পায়ে দাঁড়িয়ে নতুন জীবন শুরু করার জন্য।
svc-freedom-income-for = যে নারীরা সহিংসতা থেকে বেরিয়ে আসছেন, তাঁদের জন্য। পৌরসভার সাথে মিলে একটি সহিংসতা-বিরোধী কেন্দ্র তাঁদের পাশে থাকে।

svc-violence-permit = সহিংসতার শিকার মানুষদের থাকার অনুমতিপত্র (permesso di soggiorno)
svc-violence-permit-gives = এমন একটি অনুমতিপত্র, যা সঙ্গীর ওপর নির্ভর করে না। যাঁরা অভিযোগ করেন বা সহিংসতা-বিরোধী কেন্দ্রের কাছে সাহায্য চান, এটি তাঁদের সুরক্ষা দেয়।
svc-violence-permit-for = যে বিদেশিরা পরিবারে সহিংসতার শিকার, তাঁদের জন্য।

svc-food-aid-urgent = আজই: Caritas বা সমাজসেবা ডেস্কে (Sportello Sociale) যান। কাগজপত্র ছাড়াও তাঁরা আপনাকে খাবার দেবেন।
svc-night-shelter-urgent = আজ রাতে: পৌরসভার জরুরি সামাজিক সেবায় (Pronto Intervento Sociale) ফোন করুন, রাতেও উত্তর দেয়। অথবা আজই সমাজসেবা ডেস্কে যান।
svc-emergency-112-urgent = এখন বিপদে থাকলে: 112 নম্বরে ফোন করুন। সবসময় উত্তর দেয়, অন্য ভাষাতেও।
svc-helpline-1522-urgent = 1522 নম্বরে ফোন করুন: এটি বিনামূল্যে, দিনরাত উত্তর দেয়, অন্য ভাষাতেও। চ্যাটেও লিখতে পারেন।
svc-anti-violence-centre-urgent = সহিংসতা-বিরোধী কেন্দ্র (centro antiviolenza) কথা শোনে ও সাহায্য করে, পুলিশে অভিযোগ না করলেও। 1522 নম্বর আপনাকে তাদের সাথে যোগাযোগ করিয়ে দেবে।
svc-safe-house-urgent = বাড়িতে থাকতে না পারলে, 1522 এবং সহিংসতা-বিরোধী কেন্দ্র আজই একটি নিরাপদ জায়গা খুঁজে দিতে পারে।

rule-needs-personal-care = গোসল, ঘরের কাজ বা চলাফেরায় সাহায্য দরকার।
rule-cannot-cook = রান্নায় সাহায্য দরকার।
rule-lives-alone = যাঁরা একা থাকেন, এটি তাঁদের জন্য।
rule-may-need-quick-help = যাঁদের হঠাৎ সঙ্গে সঙ্গে সাহায্য লাগতে পারে, এটি তাঁদের জন্য।
rule-invalidity-not-recognised = যাঁদের অক্ষমতা এখনো স্বীকৃত হয়নি, এটি তাঁদের জন্য।
rule-over-65 = যাঁদের বয়স কমপক্ষে 65 বছর, এটি তাঁদের জন্য।
rule-needs-care-during-day = দিনের বেলা সেবা দরকার।
rule-law-104-not-recognised = যাঁদের এখনো আইন 104 (Legge 104)-এর স্বীকৃতি নেই, এটি তাঁদের জন্য।
rule-hard-to-move-around = যাঁদের চলাফেরা করতে বা গাড়ি রাখতে কষ্ট হয়, এটি তাঁদের জন্য।
rule-needs-transport = যাঁদের যাতায়াতের ব্যবস্থা দরকার, এটি তাঁদের জন্য।
rule-wants-work = যাঁরা কাজ খুঁজছেন, এটি তাঁদের জন্য।
rule-working-age = যাঁদের বয়স 16 থেকে 66 বছর, এটি তাঁদের জন্য।
rule-needs-school-support = যাঁদের স্কুলে সাহায্য দরকার, এটি তাঁদের জন্য।
rule-school-age = যাঁদের বয়স 3 থেকে 20 বছর, এটি তাঁদের জন্য।
rule-needs-daily-care = যাঁদের প্রতিদিন সেবা দরকার, এটি তাঁদের জন্য।
rule-adult = যাঁদের বয়স কমপক্ষে 18 বছর, এটি তাঁদের জন্য।
rule-age-18-to-66 = যাঁদের বয়স 18 থেকে 66 বছর, এটি তাঁদের জন্য।
rule-has-children-or-expecting = যাঁদের সন্তান আছে বা সন্তান হতে যাচ্ছে, এটি তাঁদের জন্য।
rule-child-under-3 = যাঁদের 3 বছরের কম বয়সী সন্তান আছে, এটি তাঁদের জন্য।
rule-needs-childcare = যাঁদের শিশুদের দেখাশোনার জন্য কাউকে দরকার, এটি তাঁদের জন্য।
rule-isee-up-to-15748 = ISEE 15,748 ইউরো পর্যন্ত হতে হবে।
rule-parenting-or-expecting = যে মা-বাবা সহায়তা চান এবং যাঁদের সন্তান হতে যাচ্ছে, এটি তাঁদের জন্য।
rule-isee-up-to-40000 = ISEE 40,000 ইউরো পর্যন্ত হতে হবে।
rule-household-with-minor-disabled-or-over-60 = পরিবারে একজন অপ্রাপ্তবয়স্ক, একজন প্রতিবন্ধী ব্যক্তি বা 60 বছরের বেশি বয়সী একজন থাকতে হবে।
rule-isee-up-to-10140 = ISEE 10,140 ইউরো পর্যন্ত হতে হবে।
rule-age-18-to-59 = যাঁদের বয়স 18 থেকে 59 বছর, এটি তাঁদের জন্য।
rule-without-work = যাঁরা কাজ করেন না, এটি তাঁদের জন্য।
rule-lost-job = যাঁরা কাজ হারিয়েছেন, এটি তাঁদের জন্য।
rule-not-by-choice = কাজটি ইচ্ছার বিরুদ্ধে শেষ হয়ে থাকতে হবে।
rule-age-16-to-66 = যাঁদের বয়স 16 থেকে 66 বছর, এটি তাঁদের জন্য।
rule-no-isee-yet = যাঁদের এখনো ISEE নেই, এটি তাঁদের জন্য।
rule-not-enough-food = যাঁদের যথেষ্ট খাবার নেই, এটি তাঁদের জন্য।
rule-cannot-pay-basics = যাঁরা খাবার বা বিলের টাকা দিতে পারছেন না, এটি তাঁদের জন্য।
rule-pays-rent = যাঁরা ভাড়া বাসায় থাকেন, এটি তাঁদের জন্য।
rule-isee-up-to-26000 = ISEE 26,000 ইউরো পর্যন্ত হতে হবে।
rule-no-own-home = যাঁদের নিজের মালিকানার বাসা নেই, এটি তাঁদের জন্য।
rule-isee-up-to-16000 = ISEE 16,000 ইউরো পর্যন্ত হতে হবে।
rule-losing-home = যাঁরা বাসা হারাতে যাচ্ছেন বা যাঁদের বাসা নেই, এটি তাঁদের জন্য।
rule-nowhere-to-sleep = যাঁদের আজ রাতে ঘুমানোর জায়গা নেই, এটি তাঁদের জন্য।
rule-no-family-doctor = যাঁদের পারিবারিক ডাক্তার নেই, এটি তাঁদের জন্য।
rule-can-register-with-health-service = ইউরোপীয় নাগরিকত্ব বা বৈধ অনুমতিপত্র লাগবে।
rule-without-valid-permit = যাঁদের বৈধ অনুমতিপত্র নেই, এটি তাঁদের জন্য।
rule-needs-care-at-home = যাঁদের বাড়িতে চিকিৎসা দরকার, এটি তাঁদের জন্য।
rule-mental-health = যাঁদের মনের সমস্যা আছে, এটি তাঁদের জন্য।
rule-addiction = যাঁদের আসক্তি আছে, এটি তাঁদের জন্য।
rule-pregnancy-or-family-health = এটি গর্ভাবস্থা ও নারীর স্বাস্থ্যের জন্য।
rule-permit-expiring-or-expired = যাঁদের অনুমতিপত্রের মেয়াদ শেষ হতে যাচ্ছে বা শেষ হয়ে গেছে, এটি তাঁদের জন্য।
rule-family-abroad = যাঁরা পরিবারকে ইতালিতে আনতে চান, এটি তাঁদের জন্য।
rule-valid-permit = বৈধ অনুমতিপত্র লাগবে।
rule-five-years-in-italy = ইতালিতে কমপক্ষে 5 বছর থাকতে হবে।
rule-learning-italian = যাঁরা ইতালীয় ভাষা শিখতে চান, এটি তাঁদের জন্য।
rule-without-valid-permit-or-asylum = যাঁদের বৈধ অনুমতিপত্র নেই বা যাঁরা আশ্রয় চেয়েছেন, এটি তাঁদের জন্য।
rule-in-danger-now = যাঁরা এখন বিপদে আছেন, এটি তাঁদের জন্য।
rule-no-safe-place = যাঁদের যাওয়ার মতো নিরাপদ জায়গা নেই, এটি তাঁদের জন্য।
rule-children-involved = যাঁদের শিশুরা এতে জড়িত, এটি তাঁদের জন্য।
rule-resident-here = পৌরসভায় বাসিন্দা নিবন্ধন (residenza) লাগবে।
rule-permit-for-municipal-services = ইউরোপীয় ইউনিয়নের নাগরিক না হলে একটি অনুমতিপত্র থাকতে হবে। নবায়নের রসিদও চলবে।
rule-needs-constant-care = যাঁদের সবসময় কাছে কাউকে দরকার, এটি তাঁদের জন্য।
rule-invalidity-100-or-pending = 100% অক্ষমতা লাগবে, আবেদন চলমান থাকলেও চলবে।
rule-over-80 = যাঁদের বয়স কমপক্ষে 80 বছর, এটি তাঁদের জন্য।
rule-has-attendance-allowance = পরিচর্যা ভাতা (indennità di accompagnamento) লাগবে।
rule-isee-up-to-6000 = ISEE 6,000 ইউরো পর্যন্ত হতে হবে।
rule-age-67-or-more = যাঁদের বয়স কমপক্ষে 67 বছর, এটি তাঁদের জন্য।
rule-income-up-to-583-a-month = আয় মাসে প্রায় 583 ইউরো পর্যন্ত হতে হবে।
rule-ten-years-in-italy = ইতালিতে কমপক্ষে 10 বছর থাকতে হবে।
rule-permit-for-social-pension = ইউরোপীয় ইউনিয়নের বাইরে থেকে এলে দীর্ঘমেয়াদি অনুমতিপত্র বা সুরক্ষা (protezione) লাগবে।
rule-severe-disability = পরিচর্যা ভাতা (accompagnamento), অথবা গুরুতর অবস্থার আইন 104 (Legge 104) স্বীকৃতি লাগবে।
rule-has-carer = পরিবারের কেউ বা একজন পরিচর্যাকর্মী (badante) বাড়িতে দেখাশোনা করেন, এমন হতে হবে।
rule-cannot-manage-money = যাঁরা সাহায্য ছাড়া টাকাপয়সা ও কাগজপত্র সামলাতে পারেন না, এটি তাঁদের জন্য।
rule-under-6-or-over-65 = এটি 6 বছরের কম বয়সী শিশু এবং কমপক্ষে 65 বছর বয়সী মানুষদের জন্য।
rule-invalidity-46-or-more = 46% বা তার বেশি অক্ষমতা লাগবে।
rule-minor = যাঁদের বয়স 18 বছরের কম, এটি তাঁদের জন্য।
rule-needs-school-or-care = যাঁদের স্কুলে সাহায্য বা প্রতিদিন সেবা দরকার, এটি তাঁদের জন্য।
rule-no-attendance-allowance = পরিচর্যা ভাতার সাথে একসাথে এটি পাওয়া যায় না।
rule-invalidity-74-or-more = 74% বা তার বেশি অক্ষমতা লাগবে।
rule-child-mind-or-development = এটি বিকাশ, স্কুল বা মেজাজের সমস্যার জন্য।
rule-child-at-secondary-school = যাঁদের সন্তান নিম্ন মাধ্যমিক বা উচ্চ মাধ্যমিক স্কুলে পড়ে, এটি তাঁদের জন্য।
rule-child-3-to-13 = যাঁদের 3 থেকে 13 বছর বয়সী সন্তান আছে, এটি তাঁদের জন্য।
rule-baby-born-recently = এটি সম্প্রতি জন্ম নেওয়া বা দত্তক নেওয়া শিশুর জন্য।
rule-isee-up-to-20382 = ISEE 20,382 ইউরো পর্যন্ত হতে হবে।
rule-permit-for-inclusion = ইউরোপীয় ইউনিয়নের বাইরে থেকে এলে দীর্ঘমেয়াদি অনুমতিপত্র বা সুরক্ষা (protezione) লাগবে।
rule-isee-for-energy-bonus = ISEE 9,530 ইউরো পর্যন্ত হতে হবে, অথবা কমপক্ষে 4 জন সন্তান থাকলে 20,000 ইউরো পর্যন্ত।
rule-isee-up-to-15000 = ISEE 15,000 ইউরো পর্যন্ত হতে হবে।
rule-household-of-3-or-more = এটি কমপক্ষে 3 জনের পরিবারের জন্য।
rule-cannot-repay-debts = যাঁদের এমন ঋণ আছে যা শোধ করতে পারছেন না, এটি তাঁদের জন্য।
rule-not-resident = যাঁদের এখনো পৌরসভায় বাসিন্দা নিবন্ধন (residenza) নেই, এটি তাঁদের জন্য।
rule-isee-up-to-50000 = ISEE 50,000 ইউরো পর্যন্ত হতে হবে।
rule-valid-permit-not-long-term = বৈধ অনুমতিপত্র লাগবে, তবে সেটি যেন আগে থেকেই দীর্ঘমেয়াদি না হয়।
rule-years-for-citizenship = ইতালিতে 10 বছরের বাসিন্দা নিবন্ধন (residenza) লাগবে। শরণার্থীদের জন্য 5 বছর আর ইউরোপীয় ইউনিয়নের নাগরিকদের জন্য 4 বছরই যথেষ্ট।
rule-needs-money-to-leave = নিজে আলাদাভাবে চলার জন্য যাঁদের টাকা দরকার, এটি তাঁদের জন্য।
rule-not-eu-citizen = যাঁরা ইউরোপীয় ইউনিয়নের বাইরে থেকে এসেছেন, এটি তাঁদের জন্য।
rule-isee-for-b2 = ISEE 25,000 ইউরো পর্যন্ত হতে হবে, অথবা অপ্রাপ্তবয়স্কের জন্য 40,000 ইউরো পর্যন্ত।
rule-has-eviction-notice = টাকা দিতে না পারায় যাঁরা উচ্ছেদের আদেশ (sfratto) পেয়েছেন, এটি তাঁদের জন্য।
rule-permit-for-family-benefits = ইউরোপীয় ইউনিয়নের নাগরিক না হলে এমন অনুমতিপত্র থাকতে হবে, যাতে কাজ করার অনুমতি আছে।
rule-income-for-ticket = আয় মাসে প্রায় 2,780 ইউরো পর্যন্ত হতে হবে।
rule-age-17-or-more = যাঁদের বয়স কমপক্ষে 17 বছর, এটি তাঁদের জন্য।
