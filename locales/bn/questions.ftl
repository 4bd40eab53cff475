# Domande. $who vale "me" (la persona risponde per sé) o "other" (risponde per chi aiuta).

answer-yes = হ্যাঁ
answer-no = না
answer-dont-know = জানি না

unit-years = বছর
unit-euro = ইউরো
unit-children = সন্তান
unit-euro-month = ইউরো প্রতি মাসে
unit-people = জন
unit-years-count = { $count ->
   *[other] বছর
  }
unit-euro-count = { $count ->
   *[other] ইউরো
  }
unit-children-count = { $count ->
   *[other] জন সন্তান
  }
unit-euro-month-count = { $count ->
   *[other] ইউরো প্রতি মাসে
  }
unit-people-count = { $count ->
   *[other] জন
  }
number-thousands-separator = ,

q-age = { $who ->
    [me] আপনার বয়স কত?
   *[other] আপনি যাঁকে সাহায্য করছেন, তাঁর বয়স কত?
  }
q-age-short = বয়স
q-age-why = কিছু সাহায্য শুধু নির্দিষ্ট বয়সের মানুষের জন্য।

q-lives-alone = { $who ->
    [me] আপনি কি একা থাকেন?
   *[other] ব্যক্তিটি কি একা থাকেন?
  }
q-lives-alone-short = একা থাকেন

q-daily-help = { $who ->
    [me] এখন কোন কাজগুলো সাহায্য ছাড়া করা আপনার জন্য কঠিন?
   *[other] এখন কোন কাজগুলো সাহায্য ছাড়া করা ব্যক্তিটির জন্য কঠিন?
  }
q-daily-help-short = কী কঠিন
q-daily-help-washing = গোসল করা ও কাপড় পরা
q-daily-help-meals = রান্না করা ও খাওয়া
q-daily-help-housework = ঘর পরিষ্কার করা
q-daily-help-moving = ঘরের ভেতরে চলাফেরা করা বা বাইরে যাওয়া
q-daily-help-medicines = ওষুধ খাওয়া
q-daily-help-none = এগুলোর কোনোটিই নয়

q-alone-risk = { $who ->
    [me] আপনার কি কখনো সঙ্গে সঙ্গে সাহায্যের দরকার হয়, যেমন পড়ে গেলে?
   *[other] ব্যক্তিটির কি কখনো সঙ্গে সঙ্গে সাহায্যের দরকার হয়, যেমন পড়ে গেলে?
  }
q-alone-risk-short = হঠাৎ সাহায্য লাগতে পারে
q-alone-risk-why = যাঁরা একা থাকেন, তাঁরা এমন একটি যন্ত্র পেতে পারেন, যার একটি বোতাম চেপে সাহায্য ডাকা যায়।

q-invalidity = { $who ->
    [me] আপনার কি সরকারিভাবে স্বীকৃত অক্ষমতা (invalidità civile) আছে?
   *[other] ব্যক্তিটির কি সরকারিভাবে স্বীকৃত অক্ষমতা (invalidità civile) আছে?
  }
q-invalidity-short = স্বীকৃত অক্ষমতা (invalidità civile)
q-invalidity-100-attendance = { $who ->
    [me] হ্যাঁ, 100%, এবং আমি পরিচর্যা ভাতা (indennità di accompagnamento) পাই
   *[other] হ্যাঁ, 100%, এবং তিনি পরিচর্যা ভাতা (indennità di accompagnamento) পান
  }
q-invalidity-100 = হ্যাঁ, 100%, পরিচর্যা ভাতা (accompagnamento) ছাড়া
q-invalidity-74-99 = হ্যাঁ, 74% থেকে 99%
q-invalidity-46-73 = হ্যাঁ, 46% থেকে 73%
q-invalidity-34-45 = হ্যাঁ, 34% থেকে 45%
q-invalidity-pending = { $who ->
    [me] আমি আবেদন করেছি, উত্তরের অপেক্ষায় আছি
   *[other] তিনি আবেদন করেছেন, উত্তরের অপেক্ষায় আছেন
  }
q-invalidity-no = না
q-invalidity-term-title = স্বীকৃত অক্ষমতা (invalidità civile) মানে কী?
q-invalidity-term = এটি একটি সরকারি স্বীকৃতি যে কোনো অসুখ প্রতিদিনের জীবনকে সীমিত করে। INPS-এর একটি ডাক্তারি কমিটি এটি ঠিক করে, এবং প্রতিবেদনে (verbale) শতাংশ হিসেবে লেখে। এতে সাহায্য ও টাকা পাওয়ার অধিকার হয়।

q-carer = { $who ->
    [me] পরিবারের কেউ বা কোনো পরিচর্যাকর্মী (badante) কি বাড়িতে আপনার দেখাশোনা করেন?
   *[other] আপনি, পরিবারের কেউ বা কোনো পরিচর্যাকর্মী (badante) কি বাড়িতে ব্যক্তিটির দেখাশোনা করেন?
  }
q-carer-short = বাড়িতে কে দেখাশোনা করেন

q-has-isee = { $who ->
    [me] আপনার কি এই বছরের জন্য বৈধ ISEE আছে?
   *[other] ব্যক্তিটির পরিবারের কি এই বছরের জন্য বৈধ ISEE আছে?
  }
q-has-isee-short = ISEE
q-has-isee-why = অনেক সাহায্য ISEE-র ওপর নির্ভর করে। আপনার না থাকলে, আমরা জানাব কোথায় বিনামূল্যে করানো যায়।
q-has-isee-term-title = ISEE কী?
q-has-isee-term = এটি একটি সংখ্যা, যা মাপে একটি পরিবারের কী আছে: আয়, বাড়ি, সঞ্চয়। CAF অফিসগুলো এটি বিনামূল্যে করে দেয়। এটি 31 ডিসেম্বর পর্যন্ত বৈধ।

q-isee = { $who ->
    [me] আপনার ISEE কত?
   *[other] ব্যক্তিটির ISEE কত?
  }
q-isee-short = ISEE-র মান

q-law-104 = { $who ->
    [me] আপনার কি আইন 104 (Legge 104) অনুযায়ী স্বীকৃতি আছে?
   *[other] ব্যক্তিটির কি আইন 104 (Legge 104) অনুযায়ী স্বীকৃতি আছে?
  }
q-law-104-short = আইন 104 (Legge 104)
q-law-104-term-title = আইন 104 (Legge 104) কী?
q-law-104-severe = হ্যাঁ, গুরুতর অবস্থা হিসেবে (ধারা 3, উপধারা 3)
q-law-104-term = এটি প্রতিবন্ধী ব্যক্তিদের বিষয়ে আইন। স্বীকৃতি পেলে কাজ থেকে ছুটি এবং অন্যান্য সাহায্য পাওয়া যায়। প্রতিবেদনে (verbale) লেখা থাকে অবস্থা গুরুতর কিনা।

q-disability-needs = { $who ->
    [me] কোন বিষয়ে আপনার সাহায্য দরকার?
   *[other] কোন বিষয়ে ব্যক্তিটির সাহায্য দরকার?
  }
q-disability-needs-short = যে সাহায্য দরকার
q-disability-needs-daily-care = প্রতিদিনের দেখাশোনা, দিনের বেলা বাড়ির বাইরেও
q-disability-needs-transport = যাতায়াত, যেমন ডাক্তার দেখাতে বা কেন্দ্রে যেতে
q-disability-needs-parking = যেখানে যান, তার কাছে গাড়ি রাখা (পার্কিং)
q-disability-needs-work = কাজ পাওয়া বা কাজ ধরে রাখা
q-disability-needs-school = স্কুলে যাওয়া
q-disability-needs-none = এগুলোর কোনোটিই নয়

q-children = { $who ->
    [me] 21 বছরের কম বয়সী কতজন সন্তান আপনার সাথে থাকে?
   *[other] 21 বছরের কম বয়সী কতজন সন্তান ব্যক্তিটির সাথে থাকে?
  }
q-children-short = 21 বছরের কম বয়সী সন্তান
q-children-why = প্রত্যেক সন্তানের জন্য সাহায্য আছে। কোনো সন্তান না থাকলে 0 লিখুন।

q-children-ages = { $who ->
    [me] আপনার সন্তানদের বয়স কত? যতগুলো বয়স ঠিক, সবগুলো বেছে নিন।
   *[other] ব্যক্তিটির সন্তানদের বয়স কত? যতগুলো বয়স ঠিক, সবগুলো বেছে নিন।
  }
q-children-ages-short = সন্তানদের বয়স
q-children-ages-under-1 = 1 বছরের কম
q-children-ages-1-2 = 1 বা 2 বছর (নার্সারি, nido)
q-children-ages-3-5 = 3 থেকে 5 বছর (প্রাক-প্রাথমিক, scuola dell'infanzia)
q-children-ages-6-10 = 6 থেকে 10 বছর (প্রাথমিক স্কুল, scuola primaria)
q-children-ages-11-13 = 11 থেকে 13 বছর (নিম্ন মাধ্যমিক, scuola media)
q-children-ages-14-18 = 14 থেকে 18 বছর (মাধ্যমিক ও উচ্চ মাধ্যমিক, scuola superiore)
q-children-ages-19-20 = 19 বা 20 বছর

q-newborn = { $who ->
    [me] শিশুটি কি গত 6 মাসের মধ্যে জন্মেছে, বা পরিবারে এসেছে?
   *[other] শিশুটি কি গত 6 মাসের মধ্যে জন্মেছে, বা ব্যক্তিটির পরিবারে এসেছে?
  }
q-newborn-short = গত 6 মাসে জন্ম নেওয়া শিশু
q-newborn-why = কিছু সাহায্যের জন্য জন্ম বা দত্তক নেওয়ার কয়েক মাসের মধ্যে আবেদন করতে হয়।

q-pregnant = { $who ->
    [me] আপনার কি সন্তান হতে যাচ্ছে?
   *[other] ব্যক্তিটির কি সন্তান হতে যাচ্ছে?
  }
q-pregnant-short = সন্তান হতে যাচ্ছে

q-family-needs = { $who ->
    [me] সন্তানদের বিষয়ে আপনার কী সাহায্য দরকার?
   *[other] সন্তানদের বিষয়ে ব্যক্তিটির কী সাহায্য দরকার?
  }
q-family-needs-short = সন্তানদের বিষয়ে সাহায্য
q-family-needs-childcare = ছোট শিশুদের দেখাশোনা করার মতো কেউ
q-family-needs-parenting = মা-বাবা হিসেবে পরামর্শ বা সহায়তা
q-family-needs-none = এগুলোর কোনোটিই নয়

q-work-status = { $who ->
    [me] আপনি কি এখন কাজ করেন?
   *[other] ব্যক্তিটি কি এখন কাজ করেন?
  }
q-work-status-short = কাজ
q-work-status-employed = { $who ->
    [me] হ্যাঁ, আমি কাজ করি
   *[other] হ্যাঁ, তিনি কাজ করেন
  }
q-work-status-lost-job = { $who ->
    [me] আমি সম্প্রতি কাজ হারিয়েছি
   *[other] তিনি সম্প্রতি কাজ হারিয়েছেন
  }
q-work-status-unemployed = { $who ->
    [me] অনেক দিন ধরে আমার কাজ নেই
   *[other] অনেক দিন ধরে তাঁর কাজ নেই
  }
q-work-status-retired = { $who ->
    [me] আমি অবসর নিয়েছি
   *[other] তিনি অবসর নিয়েছেন
  }
q-work-status-student = { $who ->
    [me] আমি পড়াশোনা করি
   *[other] তিনি পড়াশোনা করেন
  }

q-job-lost-involuntary = { $who ->
    [me] আপনার কাজ কি আপনার ইচ্ছার বিরুদ্ধে শেষ হয়েছে?
   *[other] ব্যক্তিটির কাজ কি তাঁর ইচ্ছার বিরুদ্ধে শেষ হয়েছে?
  }
q-job-lost-involuntary-short = ইচ্ছার বিরুদ্ধে কাজ শেষ হয়েছে
q-job-lost-involuntary-why = যেমন ছাঁটাই, বা চুক্তির মেয়াদ শেষ হওয়া। যাঁরা নিজে কাজ ছেড়ে দেন, তাঁরা সাধারণত NASpI (বেকার ভাতা) পান না।

q-household = { $who ->
    [me] আপনার সাথে কে থাকেন?
   *[other] ব্যক্তিটির সাথে কে থাকেন?
  }
q-household-short = পরিবারে আছেন
q-household-minor = 18 বছরের কম বয়সী একজন সন্তান
q-household-disabled = একজন প্রতিবন্ধী ব্যক্তি
q-household-over-60 = 60 বছরের বেশি বয়সী একজন ব্যক্তি
q-household-none = এঁদের কেউ নন
q-household-why = অন্তর্ভুক্তি ভাতা (Assegno di Inclusione) এমন পরিবারের জন্য, যেখানে এঁদের কেউ আছেন। যিনি সাহায্য চাইছেন, তাঁর বয়সও গণ্য হয়।

q-food = { $who ->
    [me] আগামী কয়েক দিনের জন্য আপনার কাছে কি যথেষ্ট খাবার আছে?
   *[other] আগামী কয়েক দিনের জন্য ব্যক্তিটির কাছে কি যথেষ্ট খাবার আছে?
  }
q-food-short = আগামী কয়েক দিনের খাবার

q-bills = { $who ->
    [me] বিদ্যুৎ, গ্যাস বা পানির বিল দিতে কি আপনার কষ্ট হয়?
   *[other] বিদ্যুৎ, গ্যাস বা পানির বিল দিতে কি ব্যক্তিটির কষ্ট হয়?
  }
q-bills-short = বিল দিতে কষ্ট

q-housing-situation = { $who ->
    [me] আপনি এখন কোথায় থাকেন?
   *[other] ব্যক্তিটি এখন কোথায় থাকেন?
  }
q-housing-situation-short = কোথায় থাকেন
q-housing-situation-rent = ভাড়া বাসায়
q-housing-situation-own = নিজের মালিকানার বাসায়
q-housing-situation-guest = বন্ধু বা আত্মীয়ের বাসায় অতিথি হিসেবে
q-housing-situation-no-home = { $who ->
    [me] আমার কোনো বাসা নেই
   *[other] তাঁর কোনো বাসা নেই
  }

q-sleep-tonight = { $who ->
    [me] আজ রাতে ঘুমানোর জন্য আপনার কি কোনো নিরাপদ জায়গা আছে?
   *[other] আজ রাতে ঘুমানোর জন্য ব্যক্তিটির কি কোনো নিরাপদ জায়গা আছে?
  }
q-sleep-tonight-short = আজ রাতে ঘুমানোর জায়গা

q-eviction = { $who ->
    [me] আপনি কি উচ্ছেদের আদেশ (sfratto) পেয়েছেন?
   *[other] ব্যক্তিটি কি উচ্ছেদের আদেশ (sfratto) পেয়েছেন?
  }
q-eviction-short = উচ্ছেদ (sfratto)
q-eviction-term-title = উচ্ছেদ (sfratto) কী?
q-eviction-term = এটি বিচারকের আদেশ, যাতে ভাড়া বাসা ছেড়ে দিতে বলা হয়। সাধারণত কয়েক মাস ভাড়া না দেওয়ার পরে এটি আসে।

q-rent-arrears = { $who ->
    [me] আপনার কি ভাড়া বাকি পড়েছে?
   *[other] ব্যক্তিটির কি ভাড়া বাকি পড়েছে?
  }
q-rent-arrears-short = ভাড়া বাকি

q-has-doctor = { $who ->
    [me] আপনার কি পারিবারিক ডাক্তার (medico di famiglia) আছে?
   *[other] ব্যক্তিটির কি পারিবারিক ডাক্তার (medico di famiglia) আছে?
  }
q-has-doctor-short = পারিবারিক ডাক্তার

q-citizenship = { $who ->
    [me] আপনার নাগরিকত্ব কোন দেশের?
   *[other] ব্যক্তিটির নাগরিকত্ব কোন দেশের?
  }
q-citizenship-short = নাগরিকত্ব
q-citizenship-italian = ইতালি
q-citizenship-eu = ইউরোপীয় ইউনিয়নের অন্য কোনো দেশ
q-citizenship-non-eu = ইউরোপীয় ইউনিয়নের বাইরের কোনো দেশ
q-citizenship-why = যাঁরা ইউরোপীয় ইউনিয়নের বাইরে থেকে এসেছেন, তাঁদের জন্য কিছু নিয়ম আলাদা।

q-permit = { $who ->
    [me] আপনার কি থাকার অনুমতিপত্র (permesso di soggiorno) আছে?
   *[other] ব্যক্তিটির কি থাকার অনুমতিপত্র (permesso di soggiorno) আছে?
  }
q-permit-short = থাকার অনুমতিপত্র (permesso di soggiorno)
q-permit-valid = হ্যাঁ, বৈধ
q-permit-long-term = হ্যাঁ, দীর্ঘমেয়াদি (মেয়াদ শেষ হয় না)
q-permit-refugee = হ্যাঁ, শরণার্থী মর্যাদাসহ
q-permit-subsidiary = হ্যাঁ, সহায়ক সুরক্ষার (protezione sussidiaria) জন্য
q-permit-asylum-seeker = { $who ->
    [me] আমি আশ্রয় (asilo) চেয়েছি, উত্তরের অপেক্ষায় আছি
   *[other] তিনি আশ্রয় (asilo) চেয়েছেন, উত্তরের অপেক্ষায় আছেন
  }
q-permit-receipt = { $who ->
    [me] আমি নবায়নের আবেদন করেছি, রসিদ (ricevuta) আছে
   *[other] তিনি নবায়নের আবেদন করেছেন, রসিদ (ricevuta) আছে
  }
q-permit-expiring = হ্যাঁ, কিন্তু 2 মাসের মধ্যে মেয়াদ শেষ হবে
q-permit-expired = হ্যাঁ, কিন্তু মেয়াদ শেষ হয়ে গেছে
q-permit-none = না
q-permit-term-title = থাকার অনুমতিপত্র (permesso di soggiorno) কী?
q-permit-term = এটি সেই কাগজ, যা ইউরোপীয় ইউনিয়নের বাইরে থেকে আসা মানুষদের ইতালিতে থাকার অনুমতি দেয়। এটি দেয় পুলিশ সদর দপ্তর (Questura)। নবায়নের রসিদ অনুমতিপত্রের মতোই গণ্য হয়।

q-health-needs = { $who ->
    [me] স্বাস্থ্যের জন্য আপনার কী দরকার?
   *[other] স্বাস্থ্যের জন্য ব্যক্তিটির কী দরকার?
  }
q-health-needs-short = স্বাস্থ্যের প্রয়োজন
q-health-needs-home-care = বাড়িতে চিকিৎসা, যেমন একজন নার্স
q-health-needs-mental-health = দুশ্চিন্তা, মন খারাপ বা মনের অন্য সমস্যায় সাহায্য
q-health-needs-addiction = মদ, মাদক বা জুয়ার আসক্তিতে সাহায্য
q-health-needs-pregnancy = গর্ভাবস্থা, জন্মনিয়ন্ত্রণ বা নারীর স্বাস্থ্য
q-health-needs-none = এগুলোর কোনোটিই নয়

q-years-italy = { $who ->
    [me] আপনি কত বছর ধরে ইতালিতে আছেন?
   *[other] ব্যক্তিটি কত বছর ধরে ইতালিতে আছেন?
  }
q-years-italy-short = ইতালিতে কত বছর
q-years-italy-why = কিছু সাহায্যের জন্য ইতালিতে নির্দিষ্ট কয়েক বছর থাকতে হয়। 5 বছর পরে এমন অনুমতিপত্র চাওয়া যায়, যার মেয়াদ শেষ হয় না।

q-family-abroad = { $who ->
    [me] আপনি কি আপনার পরিবারকে ইতালিতে আনতে চান?
   *[other] ব্যক্তিটি কি তাঁর পরিবারকে ইতালিতে আনতে চান?
  }
q-family-abroad-short = পরিবারকে আনা

q-italian-level = { $who ->
    [me] আপনি কতটা ইতালীয় ভাষা বলতে পারেন?
   *[other] ব্যক্তিটি কতটা ইতালীয় ভাষা বলতে পারেন?
  }
q-italian-level-short = ইতালীয় ভাষা
q-italian-level-none = একদমই না
q-italian-level-basic = অল্প
q-italian-level-good = ভালো

q-danger-now = { $who ->
    [me] আপনি কি এখন বিপদে আছেন?
   *[other] ব্যক্তিটি কি এখন বিপদে আছেন?
  }
q-danger-now-short = এখন বিপদে

q-safe-place = { $who ->
    [me] বাড়ি ছাড়তে হলে যাওয়ার মতো কোনো নিরাপদ জায়গা কি আপনার আছে?
   *[other] বাড়ি ছাড়তে হলে যাওয়ার মতো কোনো নিরাপদ জায়গা কি ব্যক্তিটির আছে?
  }
q-safe-place-short = যাওয়ার মতো নিরাপদ জায়গা

q-children-involved = { $who ->
    [me] এমন কোনো শিশু কি আছে, যারা এই সহিংসতা দেখে বা এর মধ্যে থাকে?
   *[other] এমন কোনো শিশু কি আছে, যারা এই সহিংসতা দেখে বা এর মধ্যে থাকে?
  }
q-children-involved-short = জড়িত শিশু

q-needs-constant-care = { $who ->
    [me] আপনার কি সারাদিন, বা রাতেও, কাছে কাউকে দরকার হয়?
   *[other] ব্যক্তিটির কি সারাদিন, বা রাতেও, কাছে কাউকে দরকার হয়?
  }
q-needs-constant-care-short = সবসময় কাছে কাউকে দরকার
q-needs-constant-care-why = যাঁরা একা থাকতে পারেন না, তাঁরা আরও বেশি সাহায্য পেতে পারেন, টাকায় ও সেবায়।

q-manages-money = { $who ->
    [me] আপনি কি সাহায্য ছাড়া টাকাপয়সা ও কাগজপত্র সামলাতে পারেন, যেমন ব্যাংক ও বিল?
   *[other] ব্যক্তিটি কি সাহায্য ছাড়া টাকাপয়সা ও কাগজপত্র সামলাতে পারেন, যেমন ব্যাংক ও বিল?
  }
q-manages-money-short = টাকাপয়সা ও কাগজপত্র সামলান
q-manages-money-why = কেউ যদি আর এটা না পারেন, বিচারক তাঁকে সাহায্য করার জন্য একজনকে নিয়োগ দিতে পারেন।

q-municipality = { $who ->
    [me] আপনি কোন পৌরসভায় (Comune) থাকেন?
   *[other] ব্যক্তিটি কোন পৌরসভায় (Comune) থাকেন?
  }
q-municipality-short = যে পৌরসভায় থাকেন
q-municipality-why = প্রতিটি পৌরসভা সেখানকার বাসিন্দাদের সাহায্য করে। তাই আমরা আপনাকে আগে আপনার পৌরসভার ডেস্ক দেখাব।
q-municipality-other = অন্য কোনো পৌরসভা, এই তালিকায় নেই

q-resident = { $who ->
    [me] আপনি যে পৌরসভায় থাকেন, সেখানে কি আপনার বাসিন্দা নিবন্ধন (residenza) আছে?
   *[other] ব্যক্তিটি যে পৌরসভায় থাকেন, সেখানে কি তাঁর বাসিন্দা নিবন্ধন (residenza) আছে?
  }
q-resident-short = পৌরসভায় বাসিন্দা নিবন্ধন (residenza)
q-resident-why = পৌরসভার অনেক সাহায্য শুধু সেখানে নিবন্ধিত বাসিন্দাদের জন্য।
q-resident-term-title = বাসিন্দা নিবন্ধন (residenza) কী?
q-resident-term = এর মানে, আপনি যে পৌরসভায় থাকেন, তার নিবন্ধন খাতায় (anagrafe) আপনার নাম লেখা থাকা। এটি নিবন্ধন অফিসে (ufficio anagrafe) চাইতে হয়। যাঁদের বাসা নেই, তাঁরাও এটি পেতে পারেন।

q-monthly-income = { $who ->
    [me] প্রতি মাসে আপনার মোট কত টাকা আয় হয়?
   *[other] প্রতি মাসে ব্যক্তিটির মোট কত টাকা আয় হয়?
  }
q-monthly-income-short = মাসিক আয়
q-monthly-income-why = পেনশন এবং অন্য সব আয় গণ্য হয়। যাঁদের আয় কম, তাঁরা INPS থেকে সাহায্য পেতে পারেন।

q-household-size = { $who ->
    [me] আপনাকে নিয়ে বাসায় কতজন থাকেন?
   *[other] ব্যক্তিটিকে নিয়ে বাসায় কতজন থাকেন?
  }
q-household-size-short = বাসায় কতজন
q-household-size-why = কিছু সাহায্য কমপক্ষে 3 জনের পরিবারের জন্য।

q-debts = { $who ->
    [me] আপনার কি এমন ঋণ আছে, যা আর শোধ করতে পারছেন না?
   *[other] ব্যক্তিটির কি এমন ঋণ আছে, যা তিনি আর শোধ করতে পারছেন না?
  }
q-debts-short = শোধ করতে না পারা ঋণ

q-needs-money = { $who ->
    [me] নিজে আলাদাভাবে চলার জন্য কি আপনার টাকা দরকার?
   *[other] নিজে আলাদাভাবে চলার জন্য কি ব্যক্তিটির টাকা দরকার?
  }
q-needs-money-short = নতুন করে শুরু করতে টাকা দরকার
q-needs-money-why = যাঁরা সহিংসতা থেকে বেরিয়ে এসে নতুন করে শুরু করতে চান, তাঁদের জন্য টাকার সাহায্য আছে।
