## Desks, opening hours, booking

date-long = { $weekday }, { $day } { $month }
weekday-mon = সোমবার
weekday-tue = মঙ্গলবার
weekday-wed = বুধবার
weekday-thu = বৃহস্পতিবার
weekday-fri = শুক্রবার
weekday-sat = শনিবার
weekday-sun = রবিবার
month-1 = জানুয়ারি
month-2 = ফেব্রুয়ারি
month-3 = মার্চ
month-4 = এপ্রিল
month-5 = মে
month-6 = জুন
month-7 = জুলাই
month-8 = আগস্ট
month-9 = সেপ্টেম্বর
month-10 = অক্টোবর
month-11 = নভেম্বর
month-12 = ডিসেম্বর

spoken-wo = Wolof

desk-open-until = এখন খোলা, বন্ধ হবে { $time }টায়
desk-opens-today = এখন বন্ধ, আজ খুলবে { $time }টায়
desk-opens-tomorrow = এখন বন্ধ, আগামীকাল খুলবে { $time }টায়
desk-opens-on = এখন বন্ধ, খুলবে { $day }, { $time }টায়
desk-closed = আপাতত বন্ধ। কখন খুলবে জানতে ফোন করুন।
desk-address = ঠিকানা
desk-address-secret = আপনার নিরাপত্তার জন্য ঠিকানাটি প্রকাশ করা হয় না।
desk-secret-help = কেন্দ্রের নম্বরে ফোন করুন। আপনি 1522 নম্বরেও ফোন করতে পারেন: এটি বিনামূল্যে, সবসময় খোলা, এবং অনেক ভাষায় কথা বলে।
desk-serves = যাঁরা { $place } এলাকায় থাকেন, তাঁদের ডেস্ক: প্রথমে এখানেই যোগাযোগ করুন।
desk-distance = দূরত্ব
desk-km = { $km } কিমি
desk-phone = ফোন
desk-email = ইমেইল
desk-languages = যে ভাষায় কথা বলা হয়
desk-mediator-days = { $days } একজন সাংস্কৃতিক মধ্যস্থতাকারী (mediatore) থাকেন
desk-access = প্রবেশের সুবিধা
access-step-free = কোনো সিঁড়ি নেই
access-hearing-loop = শ্রবণযন্ত্র ব্যবহারকারীদের জন্য হিয়ারিং লুপ
access-toilet = সবার ব্যবহারযোগ্য টয়লেট
access-steps = সিঁড়ি আছে

unavailable-title = সেবাটি পাওয়া যাচ্ছে না
unavailable-body = এই মুহূর্তে আমরা পাতাটি দেখাতে পারছি না। কয়েক মিনিট পরে আবার চেষ্টা করুন।

desks-title = কোথায় যাবেন: { $service }
desks-intro = এই ডেস্কগুলো এই সেবা দেয়। সবচেয়ে কাছেরগুলো আগে দেখতে আপনার পৌরসভা (Comune) বেছে নিন।
desks-municipality = আপনার পৌরসভা
desks-municipality-any = পৌরসভা বেছে নিন
desks-postcode = অথবা পোস্টকোড (CAP)
desks-postcode-hint = যেমন 24044
desks-postcode-unknown = আমাদের এলাকায় এই পোস্টকোড (CAP) খুঁজে পাচ্ছি না। তালিকা থেকে পৌরসভা বেছে নিন।
desks-location-invalid = আপনার অবস্থান ব্যবহার করতে পারছি না। তালিকা থেকে পৌরসভা বেছে নিন।
desks-use-location = আমার অবস্থান ব্যবহার করুন
desks-filters = আরও ফিল্টার
desks-language = যে ভাষায় কথা বলা হয়
desks-any = সব
desks-day = যেদিন খোলা
desks-step-free = শুধু সিঁড়ি ছাড়া ডেস্ক
desks-search = ডেস্কগুলো দেখান
desks-count = { $count ->
    [0] কোনো ডেস্ক নেই
    [one] 1টি ডেস্ক
   *[other] { $count }টি ডেস্ক
}
desks-count-from = { $count ->
    [0] কোনো ডেস্ক নেই
    [one] 1টি ডেস্ক, { $place }-এর কাছে
   *[other] { $count }টি ডেস্ক, { $place } থেকে সবচেয়ে কাছেরটি আগে
}
desks-none = এই ফিল্টারগুলোর সাথে কোনো ডেস্ক মেলে না। একটি ফিল্টার সরিয়ে দেখুন।
desks-shown-nearest = এখানে সবচেয়ে কাছের { $shown }টি দেখছেন।
desks-shown-first = এখানে প্রথম { $shown }টি দেখছেন। সবচেয়ে কাছেরগুলো দেখতে আপনার পৌরসভা বেছে নিন।
desks-book = অ্যাপয়েন্টমেন্ট নিন
desks-request = একটি অনুরোধ পাঠান
desks-request-instead = অথবা অ্যাপয়েন্টমেন্ট ছাড়াই একটি অনুরোধ পাঠান
request-instead = কোনো সময় সুবিধামতো নয়? অ্যাপয়েন্টমেন্ট ছাড়াই একটি অনুরোধ পাঠান

book-title = অ্যাপয়েন্টমেন্ট নিন
book-change-title = সময় বদলান
book-intro = { $service }, { $desk }-এ।
book-desk-details = ডেস্কের সময়সূচি, ঠিকানা ও ভাষা
book-choose-time = দিন ও সময় বেছে নিন
book-no-slots = এই দিনগুলোতে কোনো খালি সময় নেই। পরের দিনগুলো দেখুন।
book-earlier = আগের দিনগুলো
book-later = পরের দিনগুলো
book-mediator-present = সেদিন একজন সাংস্কৃতিক মধ্যস্থতাকারী থাকবেন: { $languages }।
book-slot-taken = এই সময়টি এইমাত্র অন্য একজন নিয়ে নিয়েছেন। নিচের খালি সময়গুলোর মধ্যে একটি বেছে নিন। আপনার তথ্য ফর্মে এখনো আছে।
book-too-many-today = আজ এই সংযোগ থেকে ইতিমধ্যে অনেক বুকিং এসেছে। আরও বুকিং করতে ডেস্কে ফোন করুন, অথবা আগামীকাল আবার আসুন। আপনার তথ্য ফর্মে এখনো আছে।
book-about-you = { $who ->
    [me] আপনার তথ্য
   *[other] আপনি যাঁকে সাহায্য করছেন, তাঁর তথ্য
  }
book-name = { $who ->
    [me] নাম, অথবা শুধু নামের আদ্যক্ষর
   *[other] তাঁর নাম, অথবা শুধু নামের আদ্যক্ষর
  }
book-name-hint = { $who ->
    [me] আপনাকে ডাকার জন্য ডেস্কের এটি দরকার।
   *[other] এই ব্যক্তিকে ডাকার জন্য ডেস্কের এটি দরকার।
  }
book-contact = { $who ->
    [me] ফোন বা ইমেইল (আপনি চাইলে)
   *[other] তাঁর ফোন বা ইমেইল (আপনি চাইলে)
  }
book-contact-hint = { $who ->
    [me] আমরা এটি শুধু এই অ্যাপয়েন্টমেন্টের জন্য ব্যবহার করি: ডেস্ক আপনাকে সেখানে ফোন করবে বা লিখবে।
   *[other] আমরা এটি শুধু এই অ্যাপয়েন্টমেন্টের জন্য ব্যবহার করি: ডেস্ক সেখানে ফোন করবে বা লিখবে।
  }
book-filled-by = এই ফর্মটি কে পূরণ করছেন? (ঐচ্ছিক)
book-filled-by-person = আমি, নিজের জন্য
book-filled-by-relative = পরিবারের কেউ বা একজন বন্ধু
book-filled-by-mediator = একজন সাংস্কৃতিক মধ্যস্থতাকারী (mediatore culturale)
book-note = ডেস্ককে কিছু বলতে চান? (ঐচ্ছিক)
book-note-hint = নিজের কথায় লিখুন, চাইলে নিজের ভাষাতেও। সর্বোচ্চ 1000 অক্ষর।
book-language = { $who ->
    [me] আপনার পছন্দের ভাষা
   *[other] তাঁর পছন্দের ভাষা
  }
book-consent = { $who ->
    [me] আমি এই তথ্য ডেস্কে পাঠাতে চাই। আপনারা এটি কীভাবে ব্যবহার করেন, তা আমি পড়েছি।
   *[other] আমি যাঁকে সাহায্য করছি, তিনি এই তথ্য ডেস্কে পাঠাতে চান। আপনারা এটি কীভাবে ব্যবহার করেন, তা আমরা পড়েছি।
  }
book-privacy-link = আমরা আপনার তথ্য কীভাবে ব্যবহার করি, পড়ুন
book-submit = বুক করুন
book-change-submit = সময় বদলান
book-error-slot = একটি দিন ও একটি সময় বেছে নিন।
book-error-name = একটি নাম বা নামের আদ্যক্ষর লিখুন।
book-error-name-long = নামটি খুব লম্বা: সর্বোচ্চ 80 অক্ষর।
book-error-contact = একটি ফোন নম্বর বা ইমেইল লিখুন। ঠিকভাবে লেখা হয়েছে কিনা দেখে নিন।
book-error-contact-missing = { $who ->
    [me] একটি ফোন নম্বর বা ইমেইল লিখুন: ডেস্ক আপনাকে সেখানেই উত্তর দেবে।
   *[other] আপনি যাঁকে সাহায্য করছেন, তাঁর একটি ফোন নম্বর বা ইমেইল লিখুন: ডেস্ক সেখানেই উত্তর দেবে।
  }
book-error-language = একটি ভাষা বেছে নিন।
book-error-consent = { $who ->
    [me] এগিয়ে যেতে, আমাদের জানান যে আপনি উত্তরগুলো ডেস্কে পাঠাতে চান।
   *[other] এগিয়ে যেতে, আমাদের জানান যে আপনি যাঁকে সাহায্য করছেন, তিনি উত্তরগুলো ডেস্কে পাঠাতে চান।
  }
book-error-note-long = লেখাটি খুব লম্বা: সর্বোচ্চ 1000 অক্ষর।

booking-title = অ্যাপয়েন্টমেন্ট বুক হয়েছে
booking-cancelled-title = অ্যাপয়েন্টমেন্ট বাতিল হয়েছে
booking-cancelled-body = আমরা আপনার নাম ও যোগাযোগের তথ্য মুছে দিয়েছি।
booking-code = আপনার কোড
booking-pin-intro = কোড আর এই PIN এখনই লিখে রাখুন: PIN শুধু এই একবারই দেখা যাবে। অ্যাপয়েন্টমেন্ট বদলাতে বা বাতিল করতে এগুলো লাগবে।
booking-pin = PIN:
booking-qr-alt = বুকিং { $code }-এর QR কোড
booking-when = কখন
booking-service = সেবা
booking-desk = ডেস্ক
booking-bring = কী সঙ্গে আনবেন
booking-bring-id = থাকলে একটি পরিচয়পত্র এবং স্বাস্থ্য কার্ডও (tessera sanitaria) সঙ্গে আনুন।
booking-document-if = { $document } (আপনার ক্ষেত্রে দরকার হলে)
booking-next-heading = আপনি যা করতে পারেন
booking-calendar = ক্যালেন্ডারে যোগ করুন
booking-print = প্রিন্ট করুন
booking-copy-intro = নিচে একই তথ্য ইতালীয় ভাষায় আছে, ডেস্কের জন্য।
booking-copy-heading = ডেস্কের জন্য
booking-download-data = আপনার তথ্য ডাউনলোড করুন (JSON ফাইল)
booking-change = দিন বা সময় বদলান
booking-cancel-heading = আসতে পারবেন না?
booking-cancel-body = বাতিল করুন, তাহলে সময়টি অন্য কেউ পাবেন। আমরা আপনার নাম, যোগাযোগের তথ্য এবং উত্তরগুলোও মুছে দেব।
booking-erase-heading = আপনার তথ্য মুছে ফেলুন
booking-erase-body = অ্যাপয়েন্টমেন্টের সময় পার হয়ে গেছে। আপনি আপনার নাম, যোগাযোগের তথ্য এবং উত্তরগুলো মুছে ফেলতে পারেন। শুধু নামহীন সংখ্যা থেকে যায়।
booking-erase = আমার তথ্য মুছে ফেলুন
booking-erased-body = আপনার তথ্য মুছে ফেলা হয়েছে: নাম, যোগাযোগের তথ্য ও উত্তর। শুধু নামহীন সংখ্যা থেকে যায়।
booking-cancel = অ্যাপয়েন্টমেন্ট বাতিল করুন
booking-find-title = আপনার বুকিং খুঁজে নিন
booking-find-body = একটি বুকিং দেখতে কোড আর PIN লাগবে।
ics-summary = অ্যাপয়েন্টমেন্ট: { $service }
ics-description = কোড { $code }। তালিকার কাগজপত্র সঙ্গে আনুন।

manage-title = আপনার বুকিং খুঁজে নিন
manage-intro = বুকিং বা অনুরোধের কোড লিখুন। তারপর PIN লিখুন। PIN আর না থাকলে ডেস্কে জিজ্ঞেস করুন।
manage-code = আপনার কোড
manage-code-hint = 8টি অক্ষর ও সংখ্যা, যেমন K7MX-4QPT
manage-secret = PIN
manage-secret-hint = PIN-এ 6টি অঙ্ক থাকে।
manage-submit = খুঁজুন
manage-not-found = এই তথ্য দিয়ে কোনো বুকিং খুঁজে পাচ্ছি না। কোড আর PIN দেখে নিন।
manage-too-many = অনেকবার চেষ্টা হয়েছে। 15 মিনিট অপেক্ষা করে আবার চেষ্টা করুন, অথবা ডেস্কে ফোন করুন।

results-find-desk = ডেস্ক খুঁজুন এবং বুক করুন

# Sending a request without an appointment
request-title = একটি অনুরোধ পাঠান
request-intro = আপনাকে কোনো সময় বেছে নিতে হবে না। ডেস্ক আপনার অনুরোধ পড়বে এবং আপনাকে ফোন করবে বা লিখবে। কোড আর PIN দিয়ে আপনি দেখতে পারবেন কাজ কতদূর এগোল।
request-book-instead = সময় বেছে নিতে চান? অ্যাপয়েন্টমেন্ট নিন
request-contact = { $who ->
    [me] ফোন বা ইমেইল
   *[other] তাঁর ফোন বা ইমেইল
  }
request-contact-hint = { $who ->
    [me] ডেস্ক আপনাকে এখানেই উত্তর দেবে। অনুরোধটি আবার খুঁজে পেতেও এটি লাগবে।
   *[other] ডেস্ক এখানেই উত্তর দেবে। অনুরোধটি আবার খুঁজে পেতেও এটি লাগবে।
  }
request-submit = অনুরোধ পাঠান
request-sent-title = অনুরোধ পাঠানো হয়েছে
request-withdrawn-title = অনুরোধ তুলে নেওয়া হয়েছে
request-no-time = কোনো অ্যাপয়েন্টমেন্ট নেই: ডেস্ক আপনাকে ফোন করবে বা লিখবে।
request-pin-intro = কোড আর এই PIN এখনই লিখে রাখুন: PIN শুধু এই একবারই দেখা যাবে। উত্তর দেখতে বা অনুরোধ তুলে নিতে এগুলো লাগবে।
request-withdraw-heading = আর দরকার নেই?
request-withdraw-body = অনুরোধটি তুলে নিন। আমরা আপনার নাম, যোগাযোগের তথ্য এবং উত্তরগুলো মুছে দেব।
request-withdraw = অনুরোধ তুলে নিন

# Someone the person lets follow and manage their booking, with a PIN of their own ($who: me,
# the person names them; other, the helper types for the person they help).
helper-heading = { $who ->
    [me] কেউ কি আপনাকে সাহায্য করছেন? (ঐচ্ছিক)
   *[other] আপনিও কি বুকিংটির খোঁজ রাখতে চান? (ঐচ্ছিক)
  }
helper-intro = { $who ->
    [me] আপনি বিশ্বস্ত একজন মানুষকে একটি PIN দিতে পারেন: পরিবারের কেউ, একজন বন্ধু, একজন মধ্যস্থতাকারী। কোড আর তাঁর PIN দিয়ে তিনি অ্যাপয়েন্টমেন্ট দেখতে, এর সময় বদলাতে বা বাতিল করতে পারবেন। আপনি যখন খুশি তাঁর কাছ থেকে PIN ফিরিয়ে নিতে পারেন।
   *[other] আপনার তথ্য লিখুন: আপনি নিজের একটি PIN পাবেন। কোড আর আপনার PIN দিয়ে আপনি অ্যাপয়েন্টমেন্ট দেখতে, এর সময় বদলাতে বা বাতিল করতে পারবেন। আপনি যাঁকে সাহায্য করছেন, তিনি যখন খুশি আপনার কাছ থেকে PIN ফিরিয়ে নিতে পারেন।
  }
helper-name = { $who ->
    [me] যিনি আপনাকে সাহায্য করছেন, তাঁর নাম
   *[other] আপনার নাম
  }
helper-relationship = { $who ->
    [me] তিনি আপনার কে?
   *[other] আপনি এই ব্যক্তির কে?
  }
helper-relationship-family = পরিবারের কেউ
helper-relationship-friend = একজন বন্ধু
helper-relationship-mediator = একজন সাংস্কৃতিক মধ্যস্থতাকারী (mediatore culturale)
helper-relationship-other = অন্য কেউ, যেমন একজন স্বেচ্ছাসেবক
helper-contact = { $who ->
    [me] যিনি আপনাকে সাহায্য করছেন, তাঁর ফোন বা ইমেইল (আপনি চাইলে)
   *[other] আপনার ফোন বা ইমেইল (আপনি চাইলে)
  }
helper-contact-hint = ডেস্ক এটি শুধু এই অ্যাপয়েন্টমেন্টের জন্য ব্যবহার করে।
helper-consent = { $who ->
    [me] আমি রাজি: এই ব্যক্তি আমার বুকিং দেখতে ও বদলাতে পারবেন।
   *[other] আমি যাঁকে সাহায্য করছি, তিনি রাজি: আমি তাঁর বুকিং দেখতে ও বদলাতে পারব।
  }
helper-error-name = যিনি সাহায্য করছেন, তাঁর নাম লিখুন।
helper-error-name-long = নামটি খুব লম্বা: সর্বোচ্চ 80 অক্ষর।
helper-error-relationship = এই ব্যক্তি কে, তা বেছে নিন।
helper-error-contact = একটি ফোন নম্বর বা ইমেইল লিখুন। ঠিকভাবে লেখা হয়েছে কিনা দেখে নিন।
helper-error-consent = যিনি সাহায্য করছেন, তাঁকে PIN দিতে হলে ব্যক্তিটির সম্মতি লাগবে। বাক্সে টিক দিন।
helper-role-family = পরিবারের সদস্য
helper-role-friend = বন্ধু
helper-role-mediator = সাংস্কৃতিক মধ্যস্থতাকারী
helper-role-other = অন্য কেউ
booking-as-helper = আপনি অন্য একজনের হয়ে এই বুকিংয়ের খোঁজ রাখছেন। আপনি এটি দেখতে, এর সময় বদলাতে বা বাতিল করতে পারেন। কে তাঁকে সাহায্য করবেন, তা শুধু ব্যক্তিটি নিজেই ঠিক করেন।
booking-helper-pin-intro = এটি { $name }-এর PIN। এখনই এটি তাঁকে দিন: এটি শুধু এই একবারই দেখা যাবে। কোড আর এই PIN দিয়ে { $name } অ্যাপয়েন্টমেন্ট দেখতে, এর সময় বদলাতে বা বাতিল করতে পারবেন।
booking-helper-pin = { $name }-এর PIN:
booking-helpers-heading = আর কে এই বুকিং দেখতে পান
booking-helpers-intro = এঁদের প্রত্যেকের নিজের PIN আছে। তাঁরা অ্যাপয়েন্টমেন্ট দেখতে, এর সময় বদলাতে বা বাতিল করতে পারেন। কাউকে সরিয়ে দিলে, তাঁর PIN আর কাজ করবে না।
booking-helper-row = { $name } ({ $relationship })
booking-helper-unnamed = একজন ব্যক্তি
booking-helper-remove = { $name }-কে সরিয়ে দিন
booking-helper-add-heading = যিনি আপনাকে সাহায্য করছেন, তাঁকে একটি PIN দিন
booking-helper-add-submit = PIN দিন
