import type { MoodBand } from "@/lib/moods/mood-band";

/** A mindfulness task as the seed writes it into mindfulness_tasks. */
export type SeedTask = {
  title: string;
  /** Plain text; each line is a short step. */
  instructions: string;
  durationMinutes: number;
  moodBand: MoodBand;
};

/**
 * The starter library, written for MiWell. Hard-day (`low`) tasks are short and ask very little:
 * grounding, breathing, comfort, reaching out. In-between (`middle`) tasks are gentle practice.
 * Good-day (`high`) tasks build on the good: gratitude, savouring, kindness, connection.
 */
export const SEED_TASKS = [
  // Hard days: Very low, Distressed.
  {
    title: "Five things you can see",
    instructions: [
      "Look around you and name five things you can see.",
      "Now four things you can touch, and notice how each one feels.",
      "Three things you can hear, near or far away.",
      "Two things you can smell, and one thing you can taste.",
      "Take your time. There is no wrong answer.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "low",
  },
  {
    title: "Box breathing",
    instructions: [
      "Breathe in slowly through your nose for a count of four.",
      "Hold the breath gently for four.",
      "Breathe out for four, then rest for four.",
      "Repeat for a few rounds, or stop whenever you like.",
    ].join("\n"),
    durationMinutes: 4,
    moodBand: "low",
  },
  {
    title: "Feet on the floor",
    instructions: [
      "Sit or stand with both feet flat on the floor.",
      "Press down a little and feel the ground holding you up.",
      "Notice the weight of your body and the texture under your feet.",
      "Stay here for a few breaths. That is enough for now.",
    ].join("\n"),
    durationMinutes: 2,
    moodBand: "low",
  },
  {
    title: "Send one message to someone you trust",
    instructions: [
      "Think of one person who is kind to you: a friend, a relative or a neighbour.",
      'Send them a short message. It can be as simple as "Thinking of you" or "Rough day, fancy a chat?"',
      "You don't have to explain everything. Reaching out is the whole task.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "low",
  },
  {
    title: "A warm drink, held in both hands",
    instructions: [
      "Make yourself a warm drink, whatever you fancy.",
      "Hold the mug in both hands and feel its warmth.",
      "Take small sips and notice the taste.",
      "Nothing else needs doing while you drink it.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "low",
  },
  {
    title: "A longer breath out",
    instructions: [
      "Breathe in gently for a count of three.",
      "Breathe out slowly for a count of five or six, as if cooling a spoonful of soup.",
      "Let your shoulders drop a little with each breath out.",
      "Carry on for about ten breaths.",
    ].join("\n"),
    durationMinutes: 3,
    moodBand: "low",
  },
  {
    title: "A hand on your heart",
    instructions: [
      "Place a hand on your chest, or wherever feels comforting.",
      'Say quietly to yourself: "This is hard right now."',
      'Then: "Other people feel like this too. I\'m not on my own."',
      'And finally: "May I be kind to myself today." Use your own words if they fit better.',
    ].join("\n"),
    durationMinutes: 3,
    moodBand: "low",
  },
  {
    title: "Cool water on your hands",
    instructions: [
      "Run cool water over your hands and wrists, or hold something cool.",
      "Notice the feeling as fully as you can.",
      "Breathe slowly while you do it.",
      "Dry your hands gently on a soft towel when you're ready.",
    ].join("\n"),
    durationMinutes: 2,
    moodBand: "low",
  },
  {
    title: "Name the feeling",
    instructions: [
      "Sit somewhere comfortable.",
      'Notice what you are feeling and give it a simple name, like "sad", "tired" or "worried".',
      'Say it kindly in your head: "I\'m noticing that I feel worried."',
      "You don't need to fix the feeling. Naming it is enough.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "low",
  },
  {
    title: "Wrap up and rest",
    instructions: [
      "Find a blanket or a soft jumper and wrap up somewhere comfortable.",
      "Put on some quiet music or a familiar programme if you like.",
      "Let yourself rest for ten minutes without needing to do anything.",
      "Resting is allowed.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "low",
  },

  // In-between days: Low, Uneasy, Okay.
  {
    title: "A slow ten-minute walk",
    instructions: [
      "Step outside, even if it's just round the block.",
      "Walk a little slower than you normally would.",
      "Notice the air on your face and the sounds around you.",
      "If your mind wanders, gently bring it back to your footsteps.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "Body scan",
    instructions: [
      "Lie down or sit comfortably, and close your eyes if that feels okay.",
      "Start at your toes and slowly move your attention up through your body.",
      "Notice any tightness or ease without trying to change it.",
      "Finish with three slow breaths.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "A mindful cup of tea",
    instructions: [
      "Make a cup of tea, or coffee, and pay attention to each step: the kettle, the steam, the colour changing.",
      "Sit down with it, away from your phone.",
      "Notice the smell, the warmth and the first sip.",
      "Let it be a small pause in your day.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "Write down what's on your mind",
    instructions: [
      "Take a piece of paper and write whatever is in your head for five minutes.",
      "Don't worry about spelling or making sense.",
      "When you've finished, read it back once, kindly.",
      "You can keep it or throw it away.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "Tidy one small space",
    instructions: [
      "Choose one small area: a drawer, a shelf or a bit of the kitchen counter.",
      "Clear it slowly, paying attention to each thing you pick up.",
      "Stop when that one space is done.",
      "Take a moment to notice how it looks now.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "Stretch and breathe",
    instructions: [
      "Sit or stand tall and roll your shoulders back a few times.",
      "Raise your arms as you breathe in, and lower them as you breathe out.",
      "Turn your head gently from side to side.",
      "Only move in ways that feel comfortable.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "middle",
  },
  {
    title: "Listen to one song, properly",
    instructions: [
      "Pick a song you like.",
      "Put it on and do nothing else while it plays.",
      "Notice the instruments, the voice and the rhythm.",
      "When it finishes, sit for a moment in the quiet.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "middle",
  },
  {
    title: "Three-step breathing space",
    instructions: [
      "First, ask yourself: what's going on for me right now? Notice your thoughts, feelings and body.",
      "Next, bring your attention to your breath for a minute or so.",
      "Then widen your attention to your whole body, sitting here.",
      "Carry that wider awareness into whatever you do next.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "middle",
  },
  {
    title: "Look out of the window",
    instructions: [
      "Find a window and look out for a few minutes.",
      "Notice the sky, the light and anything that moves.",
      "Pick out three details you hadn't spotted before.",
      "Let your eyes rest on whatever feels calming.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "middle",
  },

  // Good days: Good, Great.
  {
    title: "Three good things",
    instructions: [
      "Write down three things that went well today, big or small.",
      "Next to each one, note why it went well, or what part you played in it.",
      "Take a moment to remember how each one felt.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "high",
  },
  {
    title: "Savour a good moment",
    instructions: [
      "Think of something good that happened today.",
      "Replay it slowly: where you were, who was there, what you could see and hear.",
      "Notice how your body feels as you remember it.",
      "Stay with it a little longer than you normally would.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "high",
  },
  {
    title: "A small act of kindness",
    instructions: [
      "Do one kind thing for someone today: a message, a cuppa, a compliment, a helping hand.",
      "It doesn't need to be big.",
      "Notice how it feels to give it.",
    ].join("\n"),
    durationMinutes: 15,
    moodBand: "high",
  },
  {
    title: "A thank-you note",
    instructions: [
      "Think of someone who has helped you, recently or a long time ago.",
      "Write them a short note saying what they did and what it meant to you.",
      "You can send it, or keep it just for yourself.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "high",
  },
  {
    title: "A mindful walk somewhere green",
    instructions: [
      "Head to a park, a garden or a tree-lined street.",
      "Walk at an easy pace and notice the colours, the smells and the birdsong.",
      "Stop now and then to look closely at a leaf, a flower or the bark of a tree.",
      "Enjoy being outdoors on a good day.",
    ].join("\n"),
    durationMinutes: 20,
    moodBand: "high",
  },
  {
    title: "Plan something to look forward to",
    instructions: [
      "Think of a small thing you would enjoy in the coming week: a meal out, a walk with a friend, a film.",
      "Pick a day and put it in your diary.",
      "Let yourself enjoy looking forward to it.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "high",
  },
  {
    title: "Move to a song you love",
    instructions: [
      "Put on a song that lifts you.",
      "Move however feels good: dance, sway or just tap your feet.",
      "Afterwards, notice your heartbeat and your breathing.",
      "Smile if you feel like it.",
    ].join("\n"),
    durationMinutes: 5,
    moodBand: "high",
  },
  {
    title: "Kind wishes for someone you care about",
    instructions: [
      "Sit comfortably and bring to mind someone you care about.",
      'Silently wish them well: "May you be happy. May you be healthy. May you feel at ease."',
      "Then offer the same wishes to yourself.",
      "Notice any warmth that comes up.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "high",
  },
  {
    title: "Capture today in a photo",
    instructions: [
      "Take a photo of something that made today a good one.",
      "Before you take it, look at it closely for a minute.",
      "Add a line about why you chose it.",
      "Look back at it on a harder day.",
    ].join("\n"),
    durationMinutes: 10,
    moodBand: "high",
  },
] as const satisfies readonly SeedTask[];
