/** The look of every text box on the settings page, red-edged when refused. */
export const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-ink shadow-sm aria-[invalid=true]:border-warn";
