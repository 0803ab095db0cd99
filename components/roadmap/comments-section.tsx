import { CommentForm } from "@/components/roadmap/comment-form";
import { Card } from "@/components/ui/card";
import { formatInstant } from "@/lib/format/date";
import type { RoadmapItemView } from "@/lib/roadmap/get-roadmap-item";

export function CommentsSection({
  itemId,
  comments,
  timeZone,
}: {
  itemId: string;
  comments: NonNullable<RoadmapItemView["comments"]>;
  timeZone: string;
}) {
  return (
    <Card title={`Комментарии (${comments.length})`}>
      <ol className="space-y-3" aria-label="Комментарии">
        {comments.map((comment) => (
          <li key={comment.id} className="text-sm">
            <p className="font-medium">
              {comment.author?.displayName ?? "пользователь удалён"} · {formatInstant(comment.createdAt, timeZone, "dateTime")}
            </p>
            <p className="whitespace-pre-line">{comment.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm itemId={itemId} />
    </Card>
  );
}
