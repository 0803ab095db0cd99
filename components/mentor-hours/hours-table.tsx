import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatMonth } from "@/lib/format/date";
import type { MentorHours } from "@/lib/mentor-hours/list-mentor-hours";
import { formatHours } from "@/lib/mentor-hours/school-year";

/** Hours per mentor and month of a school year: meetings plus preparation, each cell «всего (встречи + подготовка)». */
export function HoursTable({ mentors, caption }: { mentors: MentorHours[]; caption: string }) {
  const months = mentors[0]?.months.map((m) => m.month) ?? [];
  return (
    <ScrollRegion label={caption}>
      <table className="min-w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="py-1 pr-3">
              Наставник
            </th>
            {months.map((m) => (
              <th key={m.toISOString()} scope="col" className="py-1 pr-3 whitespace-nowrap">
                {formatMonth(m)}
              </th>
            ))}
            <th scope="col" className="py-1 pr-3">
              Всего, ч
            </th>
          </tr>
        </thead>
        <tbody>
          {mentors.map((mentor) => (
            <tr key={mentor.mentorId} className="border-t border-slate-100">
              <th scope="row" className="py-1 pr-3 text-left font-normal whitespace-nowrap">
                {mentor.name}
              </th>
              {mentor.months.map((m) => {
                const total = m.meetingMinutes + m.preparationMinutes;
                return (
                  <td key={m.month.toISOString()} className="py-1 pr-3 whitespace-nowrap">
                    {total === 0 ? "—" : formatHours(total)}
                    {m.preparationMinutes > 0 && (
                      <span className="block text-xs text-slate-700">подготовка {formatHours(m.preparationMinutes)}</span>
                    )}
                  </td>
                );
              })}
              <td className="py-1 pr-3 font-medium">{formatHours(mentor.totalMinutes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
