import { CommentForm } from "@/components/roadmap/comment-form";
import { Card } from "@/components/ui/card";
import type { RoadmapItemView } from "@/lib/roadmap/get-roadmap-item";

const dateTime = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Moscow" });

export function CommentsSection({ itemId, comments }: { itemId: string; comments: NonNullable<RoadmapItemView["comments"]> }) {
  return (
    <Card title={`Комментарии (${comments.length})`}>
      <ol className="space-y-3" aria-label="Комментарии">
        {comments.map((comment) => (
          <li key={comment.id} className="text-sm">
            <p className="font-medium">
              {comment.author?.displayName ?? "пользователь удалён"} · {dateTime.format(comment.createdAt)}
            </p>
            <p className="whitespace-pre-line">{comment.body}</p>
          </li>
        ))}
      </ol>
      <CommentForm itemId={itemId} />
    </Card>
  );
}
