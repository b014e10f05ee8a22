/**
 * Questionnaire content. Question and answer ids for `signup` and `high-yield` are
 * chosen so the seed's own onboarding scripts (which submit those ids) pass.
 * Each entry lists its answers and the id of the correct one; free_text questions are
 * not graded, they only need an answer.
 */
export type QuestionDef = {
  id: number;
  question: string;
  question_type: "radio" | "free_text";
  answers: { id: number; answer_text: string }[];
  correct: number | null;
};

const radio = (id: number, question: string, answers: [number, string][], correct: number): QuestionDef => ({
  id,
  question,
  question_type: "radio",
  answers: answers.map(([answerId, answer_text]) => ({ id: answerId, answer_text })),
  correct,
});

const freeText = (id: number, question: string): QuestionDef => ({ id, question, question_type: "free_text", answers: [], correct: null });

export const QUESTIONNAIRE_TYPES = ["signup", "high-yield", "special-situation", "perpetual", "smart-interest"] as const;
export type QuestionnaireType = (typeof QUESTIONNAIRE_TYPES)[number];

export const QUESTIONNAIRES: Record<QuestionnaireType, { help: string; questions: QuestionDef[] }> = {
  signup: {
    help: "Please review the risks of investing in corporate bonds before trying again.",
    questions: [
      radio(
        1,
        "Is your capital at risk when investing in fractional bonds?",
        [
          [3, "No, it is guaranteed."],
          [1, "Yes, I could lose some or all of my capital."],
          [2, "Only if I sell early."],
        ],
        1,
      ),
      radio(
        2,
        "Are investments on WiseAlpha covered by the FSCS?",
        [
          [4, "Yes, up to £85,000."],
          [5, "Yes, in full."],
          [6, "No."],
        ],
        6,
      ),
      radio(
        3,
        "What happens if you need to sell before maturity?",
        [
          [7, "I sell on the secondary market, which may not have a buyer at once."],
          [8, "WiseAlpha buys it back at par."],
          [9, "I cannot sell."],
        ],
        7,
      ),
      radio(
        4,
        "What does a price of 90 mean?",
        [
          [10, "£1 buys £1.11 of principal."],
          [11, "£1 buys £0.90 of principal."],
          [12, "The bond pays 90% interest."],
        ],
        10,
      ),
      radio(
        5,
        "Should you diversify across several bonds?",
        [
          [13, "No, one bond is enough."],
          [14, "Only for high yield bonds."],
          [15, "Yes, to spread the risk of a default."],
        ],
        15,
      ),
      freeText(7, "Why are you investing in corporate bonds?"),
    ],
  },
  "high-yield": {
    help: "High yield bonds carry a greater risk of default. Please review the high yield FAQs.",
    questions: [
      radio(
        15,
        "Are high yield bonds riskier than senior secured bonds?",
        [
          [35, "No."],
          [36, "Yes."],
        ],
        36,
      ),
      radio(
        16,
        "Where do subordinated bonds rank in a default?",
        [
          [37, "Ahead of senior debt."],
          [38, "Behind senior debt."],
        ],
        38,
      ),
      radio(
        17,
        "Can a high yield bond's price fall below par?",
        [
          [39, "No."],
          [40, "Yes."],
        ],
        40,
      ),
      radio(
        18,
        "Is a higher coupon compensation for higher risk?",
        [
          [41, "Yes."],
          [42, "No."],
        ],
        41,
      ),
      radio(
        19,
        "Can interest payments on some bonds be deferred?",
        [
          [43, "Yes."],
          [44, "No."],
        ],
        43,
      ),
      radio(
        20,
        "Is liquidity in high yield bonds guaranteed?",
        [
          [45, "No."],
          [46, "Yes."],
        ],
        45,
      ),
      radio(
        21,
        "Should high yield bonds be most of your portfolio?",
        [
          [47, "Yes."],
          [48, "No, only a part of it."],
        ],
        48,
      ),
    ],
  },
  "special-situation": {
    help: "Special situations are complex investments; please review the FAQs.",
    questions: [
      radio(
        30,
        "Can special situation bonds lose all of their value?",
        [
          [60, "Yes."],
          [61, "No."],
        ],
        60,
      ),
      radio(
        31,
        "Are special situation bonds usually in or near restructuring?",
        [
          [62, "Yes."],
          [63, "No."],
        ],
        62,
      ),
    ],
  },
  perpetual: {
    help: "Perpetual bonds have no maturity date; please review the FAQs.",
    questions: [
      radio(
        40,
        "When does a perpetual bond repay its principal?",
        [
          [70, "On a fixed maturity date."],
          [71, "Possibly never; only if the issuer calls it."],
        ],
        71,
      ),
      radio(
        41,
        "Can coupons on perpetuals be cancelled?",
        [
          [72, "Yes, on some bonds."],
          [73, "No, never."],
        ],
        72,
      ),
    ],
  },
  "smart-interest": {
    help: "Smart interest is not a bank account; please review the FAQs.",
    questions: [
      radio(
        50,
        "Is smart interest covered by the FSCS?",
        [
          [80, "No."],
          [81, "Yes."],
        ],
        80,
      ),
    ],
  },
};

export const FAQS = [
  { title: "What are Senior Secured bonds ?", link: "https://support.wisealpha.com/glossary/senior-secured" },
  {
    title: "What happens when a corporate borrower defaults ?",
    link: "https://support.wisealpha.com/about-wisealpha/what-happens-if-a-borrower-defaults",
  },
  { title: "How does our secondary market operate ?", link: "https://support.wisealpha.com/glossary/secondary-market" },
  {
    title: "When will I receive Interest Payments ?",
    link: "https://support.wisealpha.com/payments-and-fees/when-will-i-receive-interest-payments",
  },
  { title: "What is Yield To Maturity ?", link: "https://support.wisealpha.com/glossary/yield-to-maturity" },
  { title: "What is Current Yield ?", link: "https://support.wisealpha.com/glossary/current-yield" },
];
