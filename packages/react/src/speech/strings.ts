// Speech's strings travel with its lazy chunk (the window's bundle carries none of them), in the kit's five
// languages; `speechStrings(locale)` picks by the window's locale, as the kit does (exact tag, then base language).
export interface SpeechStrings {
  startListening: string;
  stopListening: string;
  listening: string;
  notAllowed: string;
  noSpeech: string;
  noMicrophone: string;
  network: string;
  /** `{detail}` is the recognizer's message. */
  failed: string;
  readAloud: string;
}

const en: SpeechStrings = {
  startListening: 'Speak a message',
  stopListening: 'Stop listening',
  listening: 'Listening… press Escape to stop.',
  notAllowed: 'The microphone is not allowed. Allow it for this site to speak a message.',
  noSpeech: 'No speech was heard. Try again.',
  noMicrophone: 'No microphone was found.',
  network: 'Voice input needs a network connection.',
  failed: 'Voice input failed: {detail}',
  readAloud: 'Read answers aloud',
};

const BUNDLES: Record<string, SpeechStrings> = {
  en,
  ar: {
    startListening: 'تحدّث برسالة',
    stopListening: 'إيقاف الاستماع',
    listening: 'جارٍ الاستماع… اضغط Escape للإيقاف.',
    notAllowed: 'الميكروفون غير مسموح به. اسمح به لهذا الموقع لتتحدث برسالة.',
    noSpeech: 'لم يُسمع أي كلام. حاول مرة أخرى.',
    noMicrophone: 'لم يُعثر على ميكروفون.',
    network: 'يحتاج الإدخال الصوتي إلى اتصال بالشبكة.',
    failed: 'تعذّر الإدخال الصوتي: {detail}',
    readAloud: 'قراءة الإجابات بصوت عالٍ',
  },
  fr: {
    startListening: 'Dicter un message',
    stopListening: 'Arrêter l’écoute',
    listening: 'Écoute… appuyez sur Échap pour arrêter.',
    notAllowed: 'Le micro n’est pas autorisé. Autorisez-le pour ce site pour dicter un message.',
    noSpeech: 'Aucune parole entendue. Réessayez.',
    noMicrophone: 'Aucun micro trouvé.',
    network: 'La saisie vocale a besoin du réseau.',
    failed: 'La saisie vocale a échoué : {detail}',
    readAloud: 'Lire les réponses à voix haute',
  },
  es: {
    startListening: 'Dictar un mensaje',
    stopListening: 'Dejar de escuchar',
    listening: 'Escuchando… pulsa Escape para parar.',
    notAllowed: 'El micrófono no está permitido. Permítelo en este sitio para dictar un mensaje.',
    noSpeech: 'No se oyó nada. Inténtalo de nuevo.',
    noMicrophone: 'No se encontró ningún micrófono.',
    network: 'La entrada de voz necesita conexión de red.',
    failed: 'La entrada de voz falló: {detail}',
    readAloud: 'Leer las respuestas en voz alta',
  },
  de: {
    startListening: 'Nachricht sprechen',
    stopListening: 'Zuhören beenden',
    listening: 'Hört zu… Escape beendet.',
    notAllowed: 'Das Mikrofon ist nicht erlaubt. Erlaube es für diese Seite, um eine Nachricht zu sprechen.',
    noSpeech: 'Es war nichts zu hören. Versuche es noch einmal.',
    noMicrophone: 'Kein Mikrofon gefunden.',
    network: 'Spracheingabe braucht eine Netzverbindung.',
    failed: 'Spracheingabe fehlgeschlagen: {detail}',
    readAloud: 'Antworten vorlesen',
  },
};

export function speechStrings(locale: string, overrides: Partial<SpeechStrings> = {}): SpeechStrings {
  const base = BUNDLES[locale] ?? BUNDLES[locale.split('-')[0]?.toLowerCase() ?? ''] ?? en;
  return { ...base, ...overrides };
}
