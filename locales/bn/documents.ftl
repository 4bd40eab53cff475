doc-identity = পরিচয়ের কাগজ
doc-identity-what = পরিচয়পত্র (carta d'identità), পাসপোর্ট বা ড্রাইভিং লাইসেন্স (patente)।
doc-identity-where = না থাকলে, পরিচয়পত্র (carta d'identità) পৌরসভার (Comune) নিবন্ধন অফিসে (anagrafe) চাইতে হয়।

doc-health-card = স্বাস্থ্য কার্ড (tessera sanitaria)
doc-health-card-what = সবুজ বা নীল কার্ড, যাতে ট্যাক্স কোড (codice fiscale) লেখা থাকে।
doc-health-card-where = এটি রাজস্ব সংস্থা (Agenzia delle Entrate) পাঠায়। হারিয়ে গেলে স্থানীয় স্বাস্থ্য কর্তৃপক্ষের (Azienda sanitaria) কাছে চান।

doc-isee = ISEE সনদ (Attestazione ISEE)
doc-isee-what = যে কাগজে পরিবারের ISEE মান লেখা থাকে, এই বছরের জন্য বৈধ।
doc-isee-where = একটি CAF অফিস এটি বিনামূল্যে করে দেয়, অথবা আপনি নিজে INPS-এর ওয়েবসাইটে করতে পারেন।

doc-permit = থাকার অনুমতিপত্র (permesso di soggiorno)
doc-permit-what = বৈধ অনুমতিপত্র, অথবা নবায়নের আবেদনের রসিদ (ricevuta)।
doc-permit-where = এটি দেয় পুলিশ সদর দপ্তর (Questura)।

doc-passport = পাসপোর্ট
doc-passport-what = আপনার দেশের পাসপোর্ট। থাকার অনুমতিপত্রের (permesso di soggiorno) জন্য এটি বৈধ হতে হবে, মেয়াদ শেষ হলে চলবে না।
doc-passport-where = এটি দেয় আপনার দেশের কনস্যুলেট বা দূতাবাস।

doc-medical-report = ডাক্তারের সার্টিফিকেট
doc-medical-report-what = ডাক্তার বা হাসপাতালের কাগজ, যাতে অসুখের কথা ব্যাখ্যা করা আছে।
doc-medical-report-where = আপনার পারিবারিক ডাক্তার (medico di famiglia) বা হাসপাতালের কাছে চান।

doc-invalidity-report = অক্ষমতার প্রতিবেদন (verbale di invalidità)
doc-invalidity-report-what = ডাক্তারদের কাগজ, যাতে শতাংশে লেখা থাকে আপনার অক্ষমতা কতটা।
doc-invalidity-report-where = এটি INPS পাঠায়। আপনি INPS-এর ওয়েবসাইট থেকেও এটি ডাউনলোড করতে পারেন।

doc-income = আয়ের প্রমাণ
doc-income-what = সাম্প্রতিক বেতনের স্লিপ (buste paga), CU ফর্ম বা আয়কর রিটার্ন (dichiarazione dei redditi)।
doc-income-where = এগুলো দেয় নিয়োগকর্তা বা INPS। একটি CAF অফিস এগুলো খুঁজে পেতে আপনাকে সাহায্য করতে পারে।

doc-bank-details = IBAN
doc-bank-details-what = ব্যাংক বা পোস্ট অফিসের অ্যাকাউন্টের কোড, টাকা পাওয়ার জন্য।
doc-bank-details-where = এটি ব্যাংক বা পোস্ট অফিসের কাগজে, বা তাদের অ্যাপে পাবেন।

doc-bank-statements = অ্যাকাউন্টের ব্যালান্স ও গড় জমা (saldo e giacenza)
doc-bank-statements-what = দুই বছর আগের 31 ডিসেম্বরে অ্যাকাউন্টে কত টাকা ছিল, আর সেই বছরে গড়ে কত ছিল। 2026 সালের ISEE-র জন্য 2024 সাল গণ্য হয়।
doc-bank-statements-where = ব্যাংক বা পোস্ট অফিসের কাছে চান।

doc-job-end = কাজ শেষ হওয়ার চিঠি
doc-job-end-what = ছাঁটাইয়ের চিঠি (lettera di licenziamento), অথবা মেয়াদ শেষ হওয়া চুক্তি।
doc-job-end-where = এটি দেন নিয়োগকর্তা।

doc-rent-contract = ভাড়ার চুক্তি (contratto di affitto)
doc-rent-contract-what = আপনি যে বাসায় থাকেন, তার নিবন্ধিত চুক্তি।
doc-rent-contract-where = এটি বাড়িওয়ালার কাছে থাকে। তাঁর কাছে একটি কপি চান।

doc-rent-receipts = ভাড়ার রসিদ
doc-rent-receipts-what = আপনি যে ভাড়া দিয়েছেন তার প্রমাণ, যেমন ব্যাংক ট্রান্সফার (bonifico)।
doc-rent-receipts-where = এগুলো ব্যাংকে পাবেন, অথবা বাড়িওয়ালার কাছে চান।

doc-eviction-notice = উচ্ছেদের আদেশ (atto di sfratto)
doc-eviction-notice-what = আদালতের কাগজ, যাতে উচ্ছেদের কথা লেখা আছে।
doc-eviction-notice-where = এটি আপনার কাছে ডাকে এসেছে, অথবা একজন আদালত কর্মকর্তা (ufficiale giudiziario) দিয়ে গেছেন।

doc-bills = বিল
doc-bills-what = বিদ্যুৎ, গ্যাস বা পানির সর্বশেষ বিলগুলো।
doc-bills-where = এগুলো ডাকে বা ইমেইলে আসে, অথবা সরবরাহকারীর ওয়েবসাইট থেকে ডাউনলোড করা যায়।

doc-children-tax-codes = সন্তানদের ট্যাক্স কোড (codice fiscale)
doc-children-tax-codes-what = প্রত্যেক সন্তানের ট্যাক্স কোড (codice fiscale)।
doc-children-tax-codes-where = এটি সন্তানদের স্বাস্থ্য কার্ডে (tessera sanitaria) লেখা থাকে।

doc-nursery-receipts = নার্সারির (asilo nido) রসিদ
doc-nursery-receipts-what = নার্সারিতে দেওয়া ফি-র রসিদগুলো।
doc-nursery-receipts-where = এগুলো দেয় নার্সারি (asilo nido)।

doc-passport-photos = পাসপোর্ট সাইজের ছবি (fototessere)
doc-passport-photos-what = সাম্প্রতিক পাসপোর্ট সাইজের ছবি, সাধারণত 2টি বা 4টি।
doc-passport-photos-where = ফটো স্টুডিওতে বা ছবি তোলার বুথে তোলা যায়।

doc-revenue-stamp = রাজস্ব স্ট্যাম্প (marca da bollo)
doc-revenue-stamp-what = 16 ইউরোর একটি স্ট্যাম্প, যা আবেদনপত্রে লাগাতে হয়।
doc-revenue-stamp-where = এটি তামাকের দোকানে (tabaccheria) কেনা যায়।

doc-housing-suitability = বাসস্থানের উপযুক্ততার সার্টিফিকেট (certificato di idoneità dell'alloggio)
doc-housing-suitability-what = একটি কাগজ, যাতে লেখা থাকে বাসাটি যথেষ্ট বড় ও স্বাস্থ্যকর।
doc-housing-suitability-where = এটি পৌরসভার (Comune) কারিগরি অফিসে (Ufficio tecnico) চাইতে হয়।

doc-family-certificates = পারিবারিক সার্টিফিকেট
doc-family-certificates-what = পরিবারের সদস্যদের জন্ম বা বিয়ের সার্টিফিকেট। এগুলো অনুবাদ ও বৈধকরণ (legalizzazione) করা থাকতে হবে।
doc-family-certificates-where = এগুলো নিজের দেশে চাইতে হয়, আর কনস্যুলেটে বৈধকরণ করাতে হয়।

doc-italian-a2 = ইতালীয় ভাষার A2 সার্টিফিকেট
doc-italian-a2-what = প্রমাণ যে আপনি প্রাথমিক স্তরের ইতালীয় ভাষা জানেন।
doc-italian-a2-where = এটি প্রিফেকচারে (Prefettura) একটি পরীক্ষা দিয়ে, অথবা প্রাপ্তবয়স্কদের স্কুলে (CPIA) একটি কোর্স করে পাওয়া যায়।

doc-introductory-certificate = ডাক্তারের প্রথম সার্টিফিকেট (certificato medico introduttivo)
doc-introductory-certificate-what = এই সার্টিফিকেট দিয়ে পারিবারিক ডাক্তার INPS-এ আবেদন শুরু করেন। এটিই প্রথম ধাপ।
doc-introductory-certificate-where = এটি পারিবারিক ডাক্তার তৈরি করেন এবং নিজেই INPS-এ পাঠান। তিনি যে নম্বর দেন, তা রেখে দিন।

doc-carer-contract = পরিচর্যাকর্মীর (badante) চুক্তি
doc-carer-contract-what = যিনি বাড়িতে দেখাশোনা করেন, তাঁর কাজের চুক্তি, যদি তিনি পরিবারের কেউ না হন।
doc-carer-contract-where = আপনি এটি পরিচর্যাকর্মীর সাথে সই করেছেন। INPS-এর ওয়েবসাইটেও এটি পাবেন।

doc-debt-papers = ঋণের কাগজপত্র
doc-debt-papers-what = ঋণের চুক্তি, ব্যাংকের চিঠি এবং কর আদায়ের নোটিশ (cartelle)।
doc-debt-papers-where = বাড়িতে যেগুলো আছে, সেগুলো একসাথে করুন। ব্যাংক আপনাকে একটি সারসংক্ষেপ দিতে পারে।

doc-centre-statement = সহিংসতা-বিরোধী কেন্দ্রের বিবৃতি
doc-centre-statement-what = সহিংসতা-বিরোধী কেন্দ্রের (centro antiviolenza) একটি কাগজ, যাতে লেখা থাকে যে তারা আপনার পাশে আছে।
doc-centre-statement-where = সহিংসতা-বিরোধী কেন্দ্রের কাছে চান। 1522 নম্বর আপনাকে তাদের সাথে যোগাযোগ করিয়ে দেবে।

doc-birth-certificate = জন্ম সনদ (atto di nascita)
doc-birth-certificate-what = আপনার দেশের কাগজ, যাতে জন্মস্থান ও জন্মতারিখ লেখা থাকে, অনুবাদ ও বৈধকরণ করা।
doc-birth-certificate-where = এটি নিজের দেশে বা কনস্যুলেটে চান।

doc-criminal-record = আপনার দেশের অপরাধ রেকর্ডের সনদ (পুলিশ ক্লিয়ারেন্স)
doc-criminal-record-what = যে কাগজে লেখা থাকে আপনার দেশে আপনার কোনো সাজা হয়েছে কিনা, অনুবাদ ও বৈধকরণ করা।
doc-criminal-record-where = এটি নিজের দেশে বা কনস্যুলেটে চান।

doc-italian-b1 = ইতালীয় ভাষার B1 সার্টিফিকেট
doc-italian-b1-what = যে সার্টিফিকেটে লেখা থাকে যে আপনি B1 স্তরে ইতালীয় ভাষা জানেন।
doc-italian-b1-where = এটি দেয় প্রাপ্তবয়স্কদের স্কুল (CPIA) এবং কিছু স্বীকৃত প্রতিষ্ঠান।
