-- Product lines learn to route mail that reaches the company's mailbox: an address that forwards into the
-- mailbox names its line outright; otherwise the words of the mail are matched against each line's keywords.
-- Mail that fits no line goes to the 'unassigned' line, which clients never choose themselves.
alter table product_line add column inbound_address varchar(254);
alter table product_line add column keywords varchar(1000);
alter table product_line add column selectable boolean default true not null;

-- stored in lower case, so that the index keeps an address unique whatever its case; NULLs may repeat
create unique index uk_product_line_inbound_address on product_line (inbound_address);

-- English keywords match whole words (so plurals are listed), Chinese ones anywhere in the text
update product_line set keywords = 'ceramic, ceramics, refractory, refractories, kiln, kiln furniture, crucible, '
    || 'crucibles, alumina, zirconia, silicon carbide, 陶瓷, 高温陶瓷, 耐火, 耐火材料, 窑具, 坩埚, 氧化铝, 氧化锆, 碳化硅'
    where code = 'ceramics';
update product_line set keywords = 'high-purity iron, high purity iron, pure iron, iron powder, '
    || '高纯铁, 纯铁, 工业纯铁, 铁粉'
    where code = 'high-purity-iron';
update product_line set keywords = 'magnet, magnets, magnetic, ferrite, ferrites, ndfeb, neodymium, '
    || '磁性材料, 磁材, 磁铁, 永磁, 软磁, 铁氧体, 钕铁硼'
    where code = 'magnetic-materials';
update product_line set keywords = 'natural gas, lng, cng, pipeline gas, gas supply, '
    || '天然气, 燃气, 液化天然气, 压缩天然气, 管道气'
    where code = 'natural-gas';
update product_line set keywords = 'seedling, seedlings, sapling, saplings, nursery, landscaping, forestry, '
    || '苗木, 树苗, 苗圃, 种苗, 绿化, 园林, 造林'
    where code = 'seedlings';
update product_line set keywords = 'health food, health foods, supplement, supplements, nutrition, nutritional, '
    || '保健食品, 保健品, 营养品, 健康食品'
    where code = 'health-food';
update product_line set keywords = 'intelligent, smart home, smart device, smart devices, iot, sensor, sensors, '
    || 'automation, 智能, 智能产品, 智能家居, 物联网, 传感器, 自动化'
    where code = 'intelligent-products';

-- after every other line (the administration's highest order); without recipients its notifications go to the
-- company's contact address
insert into product_line (code, name_en, name_zh, description_en, description_zh, active, sort_order, version,
                          selectable)
values ('unassigned', 'Unassigned line', '未分配',
        'Mail to the company that fits no other product line.',
        '不属于其他任何产品线的来信。', true, 99999, 0, false);
