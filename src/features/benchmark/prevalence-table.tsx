/** How common each seat or responsibility is among the peers, and whether this role has it. */
import type { Prevalence } from '../../domain/benchmark/prevalence';

interface Props {
  caption: string;
  itemHeading: string;
  items: readonly Prevalence[];
  limit?: number;
}

export function PrevalenceTable({ caption, itemHeading, items, limit = items.length }: Props) {
  return (
    <table className="bench-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{itemHeading}</th>
          <th scope="col">Peers with it</th>
          <th scope="col">This role</th>
        </tr>
      </thead>
      <tbody>
        {items.slice(0, limit).map((item) => (
          <tr key={item.id}>
            <th scope="row">{item.label}</th>
            <td>
              {item.shareText} ({item.count})
            </td>
            <td>{item.inRole ? 'Yes' : 'No'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
