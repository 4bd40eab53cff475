# Italiano: la lingua di partenza. Frasi brevi e parole di tutti i giorni (Gulpease ≥ 60).

language-name = বাংলা
site-name = Ponte
skip-to-content = মূল অংশে যান
language-switch-label = ভাষা
translation-notice = এই অনুবাদ কম্পিউটারের সাহায্যে করা হয়েছে। এখনো কেউ এটি যাচাই করেননি। ইতালীয় ভাষার লেখাটিই চূড়ান্ত।
translation-notice-link = এই পাতাটি ইতালীয় ভাষায় পড়ুন
footer-nav-label = সাইট সম্পর্কে তথ্য
footer-accessibility = প্রবেশগম্যতা
footer-privacy = গোপনীয়তা
footer-about = Ponte হলো পৌরসভাগুলোর (Comune) সমাজসেবা ডেস্কের (Sportello Sociale) ওয়েবসাইট। এটি একটি পরীক্ষামূলক সংস্করণ, এতে নমুনা তথ্য আছে।

error-prefix = ত্রুটি:
error-summary-title = একটি সমস্যা হয়েছে
change = বদলান

not-found-title = পাতাটি পাওয়া যায়নি
not-found-body = এই পাতাটি নেই। হয়তো ঠিকানাটি ভুল।
not-found-home = প্রথম পাতায় যান
step-first-title = আগে সাইন-ইন শেষ করুন
step-first-body = সাইন-ইন করতে আর একটি ধাপ বাকি: অ্যাপের কোড অথবা নতুন পাসওয়ার্ড।
form-unreadable-title = আমরা ফর্মটি পড়তে পারছি না
form-unreadable-body = ফর্মটি এমন রূপে এসেছে যা আমরা চিনি না। পিছনে যান, পাতাটি আবার লোড করুন এবং আবার পাঠান।
manage-link = আপনার কি আগে থেকেই বুকিং আছে?

## Troppe persone insieme: la pagina "riprova tra un minuto" (503)
busy-title = এখন অনেক মানুষ একসাথে বুকিং করছেন
busy-wait = এক মিনিট পরে আবার চেষ্টা করুন।
busy-not-sent = আপনার অনুরোধ এখনো পাঠানো হয়নি। আপনি এখনো কিছুই বুক করেননি।
busy-unsure = আমরা কাজটি শেষ করতে পারিনি। “আবার চেষ্টা করুন” চাপুন: অনুরোধটি আগেই সংরক্ষিত হয়ে থাকলে আপনি সেটি দেখতে পাবেন। কখনো দুবার বুকিং হবে না।
busy-kept = আপনি যা লিখেছিলেন, তা এখানেই আছে। আবার লিখতে হবে না।
busy-retry = আবার চেষ্টা করুন
busy-home = প্রথম পাতায় ফিরে যান
